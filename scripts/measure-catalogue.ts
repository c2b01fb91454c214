/**
 * Measures the built materials catalogue in Chromium: gzip bytes fetched on load of /materials/ and time from a facet click to the updated list.
 * Usage: npm run build (or CONTENT_DIR=content-generated npm run build), then npm run measure:catalogue [-- --clicks 10 --dist dist --hover-ms 0]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { serveStatic } from '../tests/e2e/static-server.ts';

const { values: args } = parseArgs({ options: { clicks: { type: 'string', default: '10' }, dist: { type: 'string', default: 'dist' }, 'hover-ms': { type: 'string', default: '0' } } });
// --hover-ms N: rest the pointer on the facet N ms before clicking, as a reader's hand does (0: a bare click, the worst case).
const hoverMs = Number(args['hover-ms']);
const dist = path.resolve(args.dist!);
const server = await serveStatic(dist);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
// Only the paths are noted while the page runs: reading and compressing files here would steal time from the
// server, which shares this process. Sizes are computed after the clicks.
const loadedPaths: string[] = [];
let loading = true;
// Files fetched by each facet change (after load): how much of the first clicks' time is the network.
let clickPaths: string[] = [];
page.on('response', (r) => {
  const u = new URL(r.url());
  if (!u.href.startsWith(server.url)) return;
  if (loading) loadedPaths.push(u.pathname);
  else if (u.pathname !== '/favicon.svg') clickPaths.push(u.pathname); // Chromium asks for the icon again after each history.pushState
});
const sizeOf = (pathname: string) => {
  const file = path.join(dist, decodeURIComponent(pathname), pathname.endsWith('/') ? 'index.html' : '');
  if (!fs.existsSync(file)) return { url: pathname, raw: 0, gzip: 0 };
  const body = fs.readFileSync(file);
  return { url: pathname, raw: body.length, gzip: zlib.gzipSync(body, { level: 6 }).length };
};
await page.goto(`${server.url}/materials/`);
await page.waitForSelector('[data-catalogue][data-rendered]');
await page.waitForLoadState('networkidle');
loading = false;
const loaded = loadedPaths.map(sizeOf);
const total = loaded.reduce((s, x) => ({ raw: s.raw + x.raw, gzip: s.gzip + x.gzip }), { raw: 0, gzip: 0 });
const materials = await page.locator('[data-status]').textContent();

// Tick the first available value of each facet in turn, then untick them in reverse: every change is timed.
const timings: number[] = [];
const firstScreens: number[] = [];
const fetches: string[][] = [];
const boxes = await page.locator('[data-facets] fieldset').count();
const clicks = Number(args.clicks);
const toggled: string[] = [];
for (let k = 0; timings.length < clicks; k++) {
  const fieldset = k % boxes;
  const id = toggled.length < boxes && k < boxes
    ? await page.locator(`[data-facets] fieldset:nth-of-type(${fieldset + 1}) input:not([disabled])`).first().getAttribute('id')
    : toggled.pop();
  if (!id) break;
  if (k < boxes) toggled.push(id);
  clickPaths = [];
  if (hoverMs > 0) {
    await page.hover(`label[for="${id}"]`);
    await page.waitForTimeout(hoverMs);
  }
  const [first, full] = await page.evaluate((boxId) => new Promise<[number, number]>((resolve) => {
    const root = document.querySelector('[data-catalogue]')!;
    const box = document.getElementById(boxId) as HTMLInputElement;
    let firstScreen = 0;
    const t0 = performance.now();
    root.addEventListener('catalogue:first-screen', () => { firstScreen = performance.now() - t0; }, { once: true });
    root.addEventListener('catalogue:rendered', () => resolve([firstScreen, performance.now() - t0]), { once: true });
    box.click();
  }), id);
  firstScreens.push(first);
  timings.push(full);
  // Responses are reported asynchronously: let the late ones arrive before counting.
  await page.waitForTimeout(50);
  fetches.push(clickPaths);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const FIRST_SCREEN_NOTE = 'первые карточки, видимые без прокрутки; остальные карточки страницы дорисовываются следом';
const sorted = [...timings].sort((a, b) => a - b);
console.log(`Каталог: ${materials}`);
console.log(`Загружено при открытии /materials/: ${loaded.length} файлов, ${(total.raw / 1024).toFixed(1)} КБ без сжатия, ${(total.gzip / 1024).toFixed(1)} КБ в gzip`);
for (const x of loaded) console.log(`  ${x.url}  ${(x.raw / 1024).toFixed(1)} КБ → gzip ${(x.gzip / 1024).toFixed(1)} КБ`);
console.log(`Смена отбора → обновлённый список (${timings.length} нажатий): медиана ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} мс, максимум ${sorted.at(-1)!.toFixed(1)} мс`);
console.log(`  ${timings.map((t) => t.toFixed(1)).join(', ')} мс`);
if (firstScreens.some((t) => t > 0)) {
  console.log(`Смена отбора → первый экран списка (${FIRST_SCREEN_NOTE}): медиана ${median(firstScreens).toFixed(1)} мс, максимум ${Math.max(...firstScreens).toFixed(1)} мс`);
  console.log(`  ${firstScreens.map((t) => t.toFixed(1)).join(', ')} мс`);
}
console.log(`Файлов загружено при каждом нажатии (gzip): ${fetches.map((ps) => `${ps.length} (${(ps.reduce((t, p) => t + sizeOf(p).gzip, 0) / 1024).toFixed(1)} КБ)`).join(', ')}`);
console.log(`Нагрузка машины (load average за 1/5/15 мин): ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
await browser.close();
await server.close();
