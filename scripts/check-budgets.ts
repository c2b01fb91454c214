/** Checks every built page in dist/ against its page-weight budget (src/lib/budgets.ts); prints the table, exits 1 when a page is over. */
import fs from 'node:fs';
import path from 'node:path';
import { heaviestByBudget, gzipBytes, pagePath, weighPage, type PageWeight } from '../src/lib/budgets.ts';

function htmlFiles(dir: string, root = dir, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    // Pagefind's own index and UI files are assets, not pages.
    if (entry.isDirectory()) { if (entry.name !== 'pagefind') htmlFiles(full, root, out); }
    else if (entry.name.endsWith('.html')) out.push(path.relative(root, full));
  }
  return out;
}

/** Weighs every page of a built site. */
export function weighDist(dist: string): PageWeight[] {
  const cache = new Map<string, number | undefined>();
  const fileGzip = (url: string) => {
    if (!cache.has(url)) {
      const file = path.join(dist, decodeURI(url));
      cache.set(url, file.startsWith(dist) && fs.existsSync(file) && fs.statSync(file).isFile() ? gzipBytes(fs.readFileSync(file)) : undefined);
    }
    return cache.get(url);
  };
  return htmlFiles(dist).sort().map((file) => weighPage(pagePath(file), fs.readFileSync(path.join(dist, file), 'utf8'), fileGzip));
}

const kb = (n: number) => (n / 1024).toFixed(1);

/** Markdown table: the heaviest page of each budget with its figures and limits. */
export function budgetTable(weights: PageWeight[]): string {
  const rows = heaviestByBudget(weights).map((w) => {
    const b = w.budget;
    return `| ${b.name} | ${w.page} | ${kb(w.html)} / ${kb(b.html)} | ${kb(w.js)} / ${kb(b.js)} | ${kb(w.css)} | ${kb(w.data)} | ${b.onLoad ? `${kb(w.onLoad)} / ${kb(b.onLoad)}` : '—'} |`;
  });
  return [
    `Страниц проверено: ${weights.length}. КБ gzip, «факт / бюджет»; в строке — самая тяжёлая страница бюджета.`,
    '',
    '| Бюджет | Страница | HTML | JS | CSS | Данные | При загрузке |',
    '|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

export function overBudget(weights: PageWeight[]): string[] {
  return weights.filter((w) => w.over.length > 0).map((w) => `${w.page}: ${w.over.join('; ')}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = path.resolve(process.argv[2] ?? 'dist');
  const weights = weighDist(dist);
  console.log(budgetTable(weights));
  const missing = [...new Set(weights.flatMap((w) => w.missing))];
  if (missing.length) console.warn(`\nНе найдены в сборке (считаются как 0 Б): ${missing.join(', ')}`);
  const over = overBudget(weights);
  if (over.length) {
    console.error(`\nСтраниц сверх бюджета: ${over.length}\n${over.slice(0, 50).map((o) => `  • ${o}`).join('\n')}${over.length > 50 ? `\n  … и ещё ${over.length - 50}` : ''}`);
    process.exitCode = 1;
  }
}
