/** Browser timings for the bench in the Debian Chromium: facet change → updated list, first search result, programme dashboard render. */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { serveStatic } from '../tests/e2e/static-server.ts';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Selectors the catalogue, search and dashboard expose; a timing is reported as unavailable when its control is absent. */
const FACET_CONTROL = 'main form input[type=checkbox], main fieldset input[type=checkbox], main form select';
const SEARCH_INPUT = 'main input[type=search], main input[name=q]';
const SEARCH_QUERY = 'наставничество';
const DASHBOARD = 'main canvas, main [data-dashboard], main .dashboard, main svg[role=img]';

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

/** Milliseconds from typing a query until a new link appears in main (live search), or from Enter to it after navigation. */
async function firstResult(page: Page, origin: string): Promise<number | string> {
  const input = page.locator(SEARCH_INPUT).first();
  if (await input.count() === 0) return 'н/д: на /search/ нет поля поиска';
  const before = await page.locator('main a[href]').count();
  const t0 = Date.now();
  await input.fill(SEARCH_QUERY);
  try {
    await page.waitForFunction((n) => document.querySelectorAll('main a[href]').length > n, before, { timeout: 5_000 });
    return Date.now() - t0;
  } catch { /* not a live search: submit the form */ }
  const t1 = Date.now();
  await page.goto(`${origin}/search/?q=${encodeURIComponent(SEARCH_QUERY)}`);
  try {
    await page.waitForFunction((n) => document.querySelectorAll('main a[href]').length > n, before, { timeout: 10_000 });
    return Date.now() - t1;
  } catch {
    return 'н/д: результатов не появилось за 10 с';
  }
}

/** Milliseconds from navigation start until the dashboard element is in the page and load has finished, plus one frame. */
async function dashboard(page: Page, url: string): Promise<number | string> {
  await page.goto(url, { waitUntil: 'load' });
  if (await page.locator(DASHBOARD).count() === 0) return 'н/д: на странице программы нет дашборда';
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
    await page.goto(`${server.url}/search/`, { waitUntil: 'load' });
    result['первый результат поиска'] = await firstResult(page, server.url);
    const programmes = path.join(dist, 'programmes');
    const first = fs.existsSync(programmes) ? fs.readdirSync(programmes, { withFileTypes: true }).find((e) => e.isDirectory())?.name : undefined;
    result['дашборд программы'] = first ? await dashboard(page, `${server.url}/programmes/${first}/`) : 'н/д: нет программ';
  } finally {
    await browser.close();
    await server.close();
  }
  return result;
}
