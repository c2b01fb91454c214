/**
 * Measures the CMS: gzip size of the admin bundle and, in Chromium, the time to open /admin/, the materials list with
 * N generated materials and one entry, and the list's summary line, sorting, filtering and grouping at that size.
 * Run after `npm run build`: `npx node bench/cms-admin.ts 1000`.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { generateMaterials } from './generate-materials.ts';
import { serveStatic } from '../tests/e2e/static-server.ts';
import { routeLocalBackend, startCmsRepo } from '../tests/e2e/cms-repo.ts';

const count = Number(process.argv[2] ?? 1000);
const dist = path.resolve('dist');
const entry = /src="\/_astro\/([^"]+\.js)"/.exec(fs.readFileSync(path.join(dist, 'admin/index.html'), 'utf8'))![1];
/** The entry and every chunk it imports statically (loaded with the page); chunks imported dynamically, loaded on demand. */
const loaded = new Set<string>();
const lazy = new Set<string>();
(function walk(file: string) {
  if (loaded.has(file)) return;
  loaded.add(file);
  const code = fs.readFileSync(path.join(dist, '_astro', file), 'utf8');
  for (const m of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) walk(m[1]);
  for (const m of code.matchAll(/import\(\s*"\.\/([^"]+\.js)"\s*\)/g)) lazy.add(m[1]);
})(entry);
const sizes = (files: Iterable<string>) => [...files].reduce((acc, f) => {
  const b = fs.readFileSync(path.join(dist, '_astro', f));
  return { raw: acc.raw + b.length, gz: acc.gz + zlib.gzipSync(b, { level: 9 }).length };
}, { raw: 0, gz: 0 });
const mb = (n: number) => (n / 1e6).toFixed(2);
const now = sizes(loaded);
const later = sizes([...lazy].filter((f) => !loaded.has(f)));
console.log(`admin bundle (${entry} and ${loaded.size - 1} chunks it imports): ${mb(now.raw)} MB, gzip -9 ${mb(now.gz)} MB; loaded on demand: ${mb(later.raw)} MB, gzip -9 ${mb(later.gz)} MB`);

const repo = await startCmsRepo();
generateMaterials(count, path.join(repo.dir, 'content'), 'content');
// The generator marks every material as demo; unmark every third, so the «демонстрационные» filter has something to leave out.
const materialsDir = path.join(repo.dir, 'content/materials');
fs.readdirSync(materialsDir).forEach((f, i) => {
  if (i % 3 !== 0) return;
  const file = path.join(materialsDir, f);
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^demo: true$/m, 'demo: false'));
});
console.log(`materials: ${fs.readdirSync(path.join(repo.dir, 'content/materials')).length}`);
const site = await serveStatic(dist);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });

const cards = (page: Page) => page.locator('a[href*="/collections/materials/entries/"]');

/** Milliseconds from an action until the list's first card reads differently (a sort or a grouping has been applied). */
async function timeListChange(page: Page, action: () => Promise<void>): Promise<number> {
  const before = await cards(page).first().innerText();
  const t = performance.now();
  await action();
  // While Decap re-renders the list it may be empty for a moment: only a first card with other text counts.
  await page.waitForFunction((text) => {
    const first = document.querySelector('a[href*="/collections/materials/entries/"]');
    return first !== null && first.textContent !== text;
  }, before, { timeout: 60_000 });
  return Math.round(performance.now() - t);
}

async function choose(page: Page, menu: string, item: string) {
  await page.getByRole('button', { name: menu }).click();
  await page.getByRole('menuitem', { name: item }).first().click();
}

/** Filters stay open after a click (they are checkboxes); Escape closes the menu. */
async function toggleFilter(page: Page, item: string) {
  await page.getByRole('button', { name: 'Фильтровать по' }).click();
  await page.getByText(item, { exact: true }).click();
  await page.keyboard.press('Escape');
}

try {
  for (let run = 1; run <= 3; run++) {
    // A fresh context per run: Decap keeps the chosen sort and grouping in the browser's storage.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await routeLocalBackend(page, repo.apiUrl);
    const t0 = performance.now();
    await page.goto(`${site.url}/admin/#/collections/materials`);
    await page.getByRole('button', { name: 'Войти' }).waitFor();
    const login = performance.now() - t0;
    const t1 = performance.now();
    await page.getByRole('button', { name: 'Войти' }).click();
    await cards(page).first().waitFor({ timeout: 120_000 });
    const list = performance.now() - t1;
    const shown = await cards(page).count();
    const summary = await cards(page).first().innerText();
    const sort = await timeListChange(page, () => choose(page, 'Сортировать по', 'Дата публикации'));
    const t3 = performance.now();
    await toggleFilter(page, 'Демонстрационный материал');
    await page.waitForFunction((n) => {
      const left = document.querySelectorAll('a[href*="/collections/materials/entries/"]').length;
      return left > 0 && left < n;
    }, shown, { timeout: 60_000 });
    const filter = Math.round(performance.now() - t3);
    const filtered = await cards(page).count();
    await toggleFilter(page, 'Демонстрационный материал');
    await page.waitForFunction((n) => document.querySelectorAll('a[href*="/collections/materials/entries/"]').length === n, shown, { timeout: 60_000 });
    const t4 = performance.now();
    await choose(page, 'Группировать по', 'Тип материала');
    await page.getByRole('heading', { name: /Тип материала/ }).first().waitFor({ timeout: 60_000 });
    const group = Math.round(performance.now() - t4);
    const groups = await page.getByRole('heading', { name: /Тип материала/ }).count();
    const t2 = performance.now();
    await cards(page).first().click();
    await page.locator('#title-field-1').waitFor();
    const open = performance.now() - t2;
    console.log(`run ${run}: /admin/ ready ${Math.round(login)} ms; materials list (${shown} cards) ${Math.round(list)} ms; open an entry ${Math.round(open)} ms`);
    console.log(`  summary «${summary.replace(/\s+/g, ' ')}»; sort by date ${sort} ms; filter «демонстрационные» ${filter} ms (${filtered} cards); group by type ${group} ms (${groups} groups)`);
    await context.close();
  }
} finally {
  await browser.close(); await site.close(); await repo.stop();
}
