/** Browser timings for the bench in the Debian Chromium: facet change → updated list, first search result, programme dashboard render. */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { serveStatic } from '../tests/e2e/static-server.ts';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Selectors the catalogue, search and dashboard expose; a timing is reported as unavailable when its control is absent. */
const FACET_CONTROL = 'main form input[type=checkbox], main fieldset input[type=checkbox], main form select';

/** Milliseconds from a change in the page until the first DOM change inside main that is not the control itself, plus one frame. */
async function facetChange(page: Page): Promise<number | string> {
  const control = page.locator(FACET_CONTROL).first();
  if (await control.count() === 0) return 'н/д: на /materials/ нет фильтров';
  const tag = await control.evaluate((el) => el.tagName);
  await page.evaluate(() => {
    const w = window as unknown as { __changed?: Promise<number> };
    w.__changed = new Promise((resolve) => {
      const observer = new MutationObserver((records) => {
        if (records.every((r) => r.target instanceof Element && r.target.matches('input, select, option, label'))) return;
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now()));
      });
      observer.observe(document.querySelector('main')!, { childList: true, subtree: true, attributes: true, characterData: true });
    });
  });
  const t0 = await page.evaluate(() => performance.now());
  if (tag === 'SELECT') await control.selectOption({ index: 1 });
  else await control.check();
  const t1 = await page.evaluate(() => Promise.race([(window as unknown as { __changed: Promise<number> }).__changed, new Promise<number>((r) => setTimeout(() => r(-1), 10_000))]));
  return t1 < 0 ? 'н/д: список не изменился за 10 с' : t1 - t0;
}

/** Typical teacher queries: a word form that the index stores differently, an abbreviation, a two-word subject. */
export const SEARCH_QUERIES = ['наставничество', 'ИОМ', 'функциональная грамотность'];

/**
 * For each query, in a fresh browser context (nothing cached, as for a teacher's first search): milliseconds from typing
 * the query on /search/ until the first result link is shown, and the bytes the search fetched (the Pagefind script, wasm and index parts).
 */
async function searchTimings(browser: Browser, origin: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const query of SEARCH_QUERIES) {
    const context = await browser.newContext({ locale: 'ru-RU' });
    const page = await context.newPage();
    await page.goto(`${origin}/search/`, { waitUntil: 'load' });
    let bytes = 0;
    page.on('response', async (r) => { if (r.url().includes('/pagefind/')) bytes += (await r.body().catch(() => Buffer.alloc(0))).length; });
    const t0 = Date.now();
    await page.locator('#search-q').fill(query);
    try {
      await page.locator('#search-results li a').first().waitFor({ timeout: 15_000 });
      const ms = Date.now() - t0;
      await page.waitForLoadState('networkidle');
      out[`первый результат поиска «${query}»`] = `${ms} мс, загружено ${(bytes / 1024).toFixed(0)} КБ`;
    } catch {
      out[`первый результат поиска «${query}»`] = 'н/д: результатов не появилось за 15 с';
    }
    await context.close();
  }
  return out;
}

/** Milliseconds from navigation start until a programme's indicator dashboard is loaded and painted. */
async function dashboard(page: Page, url: string): Promise<number | string> {
  await page.goto(url, { waitUntil: 'load' });
  if (await page.locator('main .indicator-grid').count() === 0) return 'н/д: на странице нет дашборда показателей';
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return page.evaluate(() => performance.now());
}

export async function browserTimings(dist: string): Promise<Record<string, number | string | null>> {
  if (!fs.existsSync(CHROMIUM_PATH)) return { chromium: `не найден (${CHROMIUM_PATH}): apt-get install -y chromium` };
  const server = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
  const result: Record<string, number | string | null> = {};
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'ru-RU' });
    await page.goto(`${server.url}/materials/`, { waitUntil: 'load' });
    result['смена фильтра → обновлённый список'] = await facetChange(page);
    Object.assign(result, await searchTimings(browser, server.url));
    const programmes = path.join(dist, 'programmes');
    const first = fs.existsSync(programmes) ? fs.readdirSync(programmes, { withFileTypes: true }).find((e) => e.isDirectory())?.name : undefined;
    result['дашборд программы'] = first ? await dashboard(page, `${server.url}/programmes/${first}/indicators/`) : 'н/д: нет программ';
  } finally {
    await browser.close();
    await server.close();
  }
  return result;
}

// `node bench/browser.ts [dist]`: the timings alone, on an existing build.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  console.log(await browserTimings(path.resolve(process.argv[2] ?? 'dist')));
}
