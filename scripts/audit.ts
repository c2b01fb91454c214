/** Lighthouse (mobile settings) on home, catalogue, a material and an indicator page of the built site; prints the scores as a table. */
import fs from 'node:fs';
import path from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serveStatic } from '../tests/e2e/static-server.ts';

// AUDIT_DIST audits another build, e.g. the hostile-content fixture (.tmp/hostile-dist) that has every template.
const dist = path.resolve(process.env.AUDIT_DIST ?? 'dist');
if (!fs.existsSync(path.join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first.');

/** First built entry page under a section, e.g. /materials/<slug>/. */
function firstEntry(section: string): string | undefined {
  const dir = path.join(dist, section);
  if (!fs.existsSync(dir)) return undefined;
  const slug = fs.readdirSync(dir, { withFileTypes: true })
    .find((d) => d.isDirectory() && !['page', 'catalogue', 'banks'].includes(d.name) && fs.existsSync(path.join(dir, d.name, 'index.html')));
  return slug ? `/${section}/${slug.name}/` : undefined;
}

const pages: [string, string | undefined][] = [
  ['Главная', '/'],
  ['Каталог', '/materials/'],
  ['Материал', firstEntry('materials')],
  ['Показатель', firstEntry('indicators')],
];

const MIN = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const;

const server = await serveStatic(dist);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const rows: string[][] = [];
let failed = false;
const notes: string[] = [];
try {
  for (const [label, pathname] of pages) {
    if (!pathname) { rows.push([label, '(нет страницы в dist/)', '', '', '', '']); continue; }
    const result = await lighthouse(server.url + pathname, {
      port: chrome.port, output: 'json', logLevel: 'error',
      onlyCategories: Object.keys(MIN),
    });
    const categories = result!.lhr.categories;
    const score = (id: keyof typeof MIN) => Math.round((categories[id]?.score ?? 0) * 100);
    for (const id of Object.keys(MIN) as (keyof typeof MIN)[]) if (score(id) < MIN[id]) failed = true;
    for (const id of Object.keys(MIN)) {
      for (const ref of categories[id]?.auditRefs ?? []) {
        const audit = result!.lhr.audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
          const items = ((audit.details as { items?: { node?: { selector?: string } }[] } | undefined)?.items ?? []).slice(0, 5);
          notes.push(`${pathname} — ${id}: ${ref.id} (${audit.title}) ${items.map((i) => i.node?.selector).filter(Boolean).join('; ')}`);
        }
      }
    }
    rows.push([label, pathname, ...(['performance', 'accessibility', 'best-practices', 'seo'] as const).map((id) => String(score(id)))]);
  }
} finally {
  await chrome.kill();
  await server.close();
}

const header = ['Страница', 'Адрес', 'Performance', 'Accessibility', 'Best practices', 'SEO'];
console.log(`Lighthouse, mobile, ${new Date().toISOString().slice(0, 10)}\n`);
console.log(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
if (notes.length) console.log(`\nАудиты ниже 100 % (для справки):\n${notes.map((n) => `  ${n}`).join('\n')}`);
if (failed) {
  console.error(`\nBelow target: performance ≥ ${MIN.performance}, accessibility, best practices and SEO = 100.`);
  process.exitCode = 1;
}
