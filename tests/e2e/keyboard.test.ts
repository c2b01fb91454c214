import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchBrowser, openPage } from './browser.ts';
import { builtSites, templateReady } from './templates.ts';

/** Presses Tab (or Shift+Tab) until `selector` has focus; fails with what was focused instead. */
async function tabTo(page: Page, selector: string, max = 30, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    seen.push(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 60) ?? 'none'));
  }
  throw new Error(`${selector} not reached with Tab; focused: ${seen.join(' → ')}`);
}

/** First built page under a folder whose HTML matches: the tests follow whatever demo content exists. */
function firstPage(folder: string, pattern: RegExp): string {
  const dir = path.resolve('dist', folder);
  for (const slug of fs.readdirSync(dir).sort()) {
    const file = path.join(dir, slug, 'index.html');
    if (fs.existsSync(file) && pattern.test(fs.readFileSync(file, 'utf8'))) return `/${folder}/${slug}/`;
  }
  throw new Error(`no page under dist/${folder}/ matches ${pattern}`);
}

/** Presses a key and waits until the catalogue has drawn the list again. */
async function pressAndRender(page: Page, key: string): Promise<void> {
  const before = await page.getAttribute('[data-catalogue]', 'data-rendered');
  await page.keyboard.press(key);
  await page.waitForFunction((b) => document.querySelector('[data-catalogue]')!.getAttribute('data-rendered') !== b, before);
}

const focused = (page: Page) => page.evaluate(() => { const el = document.activeElement as HTMLInputElement; return `${el.name}=${el.value}`; });
const visibleCount = (page: Page, selector: string) => page.locator(selector).evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).length);

const attr = (page: Page, name: string) => page.evaluate((n) => document.documentElement.getAttribute(n), name);

describe.skipIf(!hasChromium)('keyboard only', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launchBrowser(); });
  afterAll(async () => { await browser?.close(); });

  it('the first Tab shows the skip link, and Enter moves focus to the main content', async () => {
    const { page } = await openPage(browser, '/materials/');
    await page.keyboard.press('Tab');
    const skip = page.locator('a.skip-link');
    await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    const box = await skip.boundingBox();
    expect(box && box.x >= 0 && box.y >= 0).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    await page.context().close();
  });

  it('search: Tab to the header box, type, Enter; a filter ticked with Space; Enter on a result opens it', async () => {
    const { page, errors } = await openPage(browser, '/');
    await tabTo(page, '#header-q');
    await page.keyboard.type('наставник');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\//);
    expect(new URL(page.url()).searchParams.get('q')).toBe('наставник');
    await page.waitForSelector('#search-results > li');
    const found = async () => Number((await page.locator('#search-status').textContent())!.replace(/[\s\u00a0]/g, '').match(/\d+/)![0]);
    const before = await found();

    // A filter: Tab into the filter group, Space ticks it; the results become exactly the count the label promised.
    await tabTo(page, '#search-filters input[type="checkbox"]', 40);
    // The label as the eye reads it («Материалы (9)»): the words only a screen reader hears are left out.
    const label = await page.evaluate(() => {
      const seen = (document.activeElement as HTMLInputElement).closest('label')!.cloneNode(true) as HTMLElement;
      seen.querySelectorAll('.visually-hidden').forEach((n) => n.remove());
      return seen.textContent!.trim();
    });
    await page.locator('#search-filters fieldset').first().evaluate((el) => el.setAttribute('data-old', ''));
    await page.keyboard.press('Space');
    await page.waitForFunction(() => !document.querySelector('#search-filters [data-old]') && document.querySelectorAll('#search-results > li').length > 0);
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).resolves.toBe(true);
    expect(new URL(page.url()).search).toMatch(/&[a-z]+=/);
    const promised = Number(label.match(/\(([\d\s\u00a0]+)\)$/)![1].replace(/\D/g, ''));
    expect(await found(), `filter «${label}»`).toBe(promised);
    expect(promised).toBeLessThanOrEqual(before);

    // On to the first result with Tab, open it with Enter.
    await tabTo(page, '#search-results a', 40);
    const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    await page.keyboard.press('Enter');
    await page.waitForURL(href);
    await expect(page.locator('h1').count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('catalogue: two facets ticked with Tab and Space narrow the list, live in the address; Enter on «Сбросить отбор» clears them', async () => {
    const { page, errors } = await openPage(browser, '/materials/');
    await page.waitForSelector('[data-catalogue][data-rendered]');
    // «Найдено: 1 234 материала» (or the static «48 материалов, страница 1 из 2») → 1234.
    const status = async () => Number(/[\d\s\u00a0]+/.exec((await page.locator('[data-status]').textContent())!)![0].replace(/\D/g, ''));
    const total = await status();
    const cards = () => page.locator('[data-results] > li').count();

    await tabTo(page, '[data-facets] fieldset:nth-of-type(2) input', 80);
    const first = await focused(page);
    await pressAndRender(page, 'Space');
    const afterFirst = { status: await status(), cards: await cards() };
    expect(afterFirst.status).toBeLessThan(total);
    expect(page.url()).toContain(`?${first}`);

    // Further down the form: the next facet group's first value that is still available (Tab skips disabled boxes).
    await tabTo(page, '[data-facets] fieldset:nth-of-type(3) input', 80);
    const second = await focused(page);
    await pressAndRender(page, 'Space');
    expect(page.url()).toContain(second);
    const chosen = await page.locator('[data-facets] input:checked').evaluateAll((els) => els.map((e) => `${(e as HTMLInputElement).name}=${(e as HTMLInputElement).value}`));
    expect(chosen.sort()).toEqual([first, second].sort());
    expect(await cards()).toBeGreaterThan(0);
    expect(await cards()).toBeLessThanOrEqual(afterFirst.cards);

    // Shift+Tab back to the second box and Space unticks it: the list is the one-facet list again.
    await page.keyboard.press('Tab');
    await tabTo(page, `[data-facets] input[name="${second.split('=')[0]}"][value="${second.split('=')[1]}"]`, 5, 'Shift+Tab');
    await pressAndRender(page, 'Space');
    expect(await status()).toBe(afterFirst.status);

    await tabTo(page, '[data-tools] [data-clear]', 200);
    await pressAndRender(page, 'Enter');
    expect(await status()).toBe(total);
    expect(new URL(page.url()).search).toBe('');
    await expect(page.locator('[data-facets] input:checked').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('case checklist: a step ticked with Space stays ticked after reload; Enter on «Сбросить» clears it', async () => {
    const { page } = await openPage(browser, firstPage('cases', /data-step="1"/));
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await tabTo(page, 'input[data-step="1"]', 200);
    await page.keyboard.press('Space');
    await expect(page.locator('[data-progress]').textContent()).resolves.toMatch(/^Выполнено 1 из \d+\sшаг/);
    await page.reload();
    await expect(page.locator('input[data-step="1"]').isChecked()).resolves.toBe(true);
    await expect(page.locator('input[data-step="0"]').isChecked()).resolves.toBe(false);
    await expect(page.locator('[data-progress]').textContent()).resolves.toMatch(/^Выполнено 1 из/);
    await tabTo(page, '[data-reset]', 200);
    await page.keyboard.press('Enter');
    await expect(page.locator('input[data-step="1"]').isChecked()).resolves.toBe(false);
    await page.reload();
    await expect(page.locator('input[data-step]:checked').count()).resolves.toBe(0);
    await page.context().close();
  });

  it('roadmap filters: arrows choose a year and a status, the rows and counts follow; Enter on «Сбросить» shows all again', async () => {
    const { page, errors } = await openPage(browser, firstPage('programmes', /<select name="year"><option value="">Все годы<\/option><option[^>]*>\d{4}<\/option><option/));
    const rows = () => visibleCount(page, '[data-roadmap] tbody tr');
    const countsSum = () => page.locator('[data-roadmap] [data-count]').evaluateAll((els) => els.reduce((sum, e) => sum + Number(e.textContent), 0));
    const all = await rows();
    expect(all).toBeGreaterThan(1);

    await tabTo(page, '[data-roadmap-filters] select[name="year"]', 300);
    await page.keyboard.press('ArrowDown');
    const year = await page.locator('[data-roadmap-filters] select[name="year"]').inputValue();
    expect(year).toMatch(/^\d{4}$/);
    const inYear = await rows();
    expect(inYear).toBeLessThan(all);
    expect(await countsSum()).toBe(inYear);
    await expect(page.locator('[data-roadmap-total]').textContent()).resolves.toMatch(new RegExp(`^Показано: ${inYear}\\s.* из ${all}$`));

    await tabTo(page, '[data-roadmap-filters] select[name="status"]', 5);
    await page.keyboard.press('ArrowDown');
    const status = await page.locator('[data-roadmap-filters] select[name="status"]').inputValue();
    const statuses = await page.locator('[data-roadmap] tbody tr:not([hidden])').evaluateAll((trs) => trs.map((t) => (t as HTMLElement).dataset.status));
    expect(new Set(statuses)).toEqual(new Set(statuses.length ? [status] : []));
    expect(await countsSum()).toBe(statuses.length);

    // Shift+Tab back to the year: ArrowUp returns to «Все годы».
    await tabTo(page, '[data-roadmap-filters] select[name="year"]', 5, 'Shift+Tab');
    await page.keyboard.press('ArrowUp');
    await expect(page.locator('[data-roadmap-filters] select[name="year"]').inputValue()).resolves.toBe('');

    await tabTo(page, '[data-roadmap-filters] button[type="reset"]', 5);
    await page.keyboard.press('Enter');
    await expect.poll(rows).toBe(all);
    expect(await countsSum()).toBe(all);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('indicator: arrows in the «Показать» group switch between the chart and the table', async () => {
    const pathname = firstPage('indicators', /data-indicator-chart/);
    // Without JavaScript there is nothing to switch: the table stands under the (undrawn) chart.
    const { page: plain } = await openPage(browser, pathname, { javaScriptEnabled: false });
    await expect(plain.locator('table.indicator-table').isVisible()).resolves.toBe(true);
    await expect(plain.locator('[data-view-switch]').isVisible()).resolves.toBe(false);
    await plain.context().close();

    const { page, errors } = await openPage(browser, pathname);
    const chart = page.locator('canvas[data-indicator-chart]');
    const table = page.locator('table.indicator-table');
    await expect(chart.isVisible()).resolves.toBe(true);
    await expect(table.isVisible()).resolves.toBe(false);

    await tabTo(page, '[data-view-switch] input[value="chart"]', 60);
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('[data-view-switch] input[value="table"]').isChecked()).resolves.toBe(true);
    await expect(table.isVisible()).resolves.toBe(true);
    await expect(chart.isVisible()).resolves.toBe(false);
    expect(await visibleCount(page, 'table.indicator-table tbody tr')).toBeGreaterThan(0);

    // The table's scroll region is next in the Tab order, so a keyboard user can reach and scroll it.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.querySelector('table.indicator-table') !== null)).resolves.toBe(true);

    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('ArrowLeft');
    await expect(chart.isVisible()).resolves.toBe(true);
    await expect(table.isVisible()).resolves.toBe(false);
    await expect.poll(() => chart.evaluate((c: HTMLCanvasElement) => c.getBoundingClientRect().height)).toBeGreaterThan(100);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the version for the visually impaired is set with Tab, Enter, arrows and Space, and kept on the next page', async () => {
    const { page, errors } = await openPage(browser, '/');
    await tabTo(page, '.vision summary');
    await page.keyboard.press('Enter');
    await expect(page.locator('.vision').getAttribute('open')).resolves.not.toBeNull();

    await page.keyboard.press('Tab'); // font size group
    await page.keyboard.press('ArrowRight');
    expect(await attr(page, 'data-vision-size')).toBe('large');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('20px');

    await page.keyboard.press('Tab'); // colour scheme group
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await attr(page, 'data-vision-scheme')).toBe('white-on-black');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(0, 0, 0)');

    await page.keyboard.press('Tab'); // images group
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.brand img').isVisible()).resolves.toBe(false);

    await page.keyboard.press('Tab'); // letter spacing group
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => getComputedStyle(document.body).letterSpacing)).not.toBe('normal');

    // The next page, with the panel's script blocked: the head script alone applies the choices before <body> exists.
    const next = await page.context().newPage();
    await next.route('**/_astro/*.js', (route) => route.abort());
    await next.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        (window as unknown as { atBody: string | null }).atBody = document.documentElement.getAttribute('data-vision-scheme');
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await next.goto(page.url().replace(/\/[^/]*$/, '/materials/'));
    expect(await next.evaluate(() => (window as unknown as { atBody: string | null }).atBody)).toBe('white-on-black');
    expect(await attr(next, 'data-vision-size')).toBe('large');
    expect(await attr(next, 'data-vision-images')).toBe('hidden');
    expect(await next.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(0, 0, 0)');
    await next.close();

    // Back to the usual version: Tab to «Обычная версия» and press Space.
    await tabTo(page, '.vision-panel [data-vision-reset]', 5);
    await page.keyboard.press('Space');
    for (const name of ['size', 'scheme', 'images', 'spacing']) expect(await attr(page, `data-vision-${name}`)).toBeNull();
    expect(await page.evaluate(() => localStorage.getItem('vision'))).toBeNull();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the panel script is under 3 KB gzip and the head script runs before the stylesheet and the body', () => {
    const html = fs.readFileSync(path.resolve('dist/index.html'), 'utf8');
    const src = html.match(/<script type="module" src="(\/_astro\/VisionPanel[^"]+)"/)?.[1];
    expect(src).toBeTruthy();
    const module = fs.readFileSync(path.join('dist', src!));
    const inline = html.match(/<script>([^<]*)<\/script>/)?.[1] ?? '';
    expect(gzipSync(module).length + gzipSync(inline).length).toBeLessThan(3 * 1024);
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head.indexOf('<script>')).toBeGreaterThan(-1);
    expect(head.indexOf('<script>')).toBeLessThan(head.search(/<link rel="stylesheet"/) === -1 ? Infinity : head.search(/<link rel="stylesheet"/));
  });

  for (const site of builtSites()) {
    for (const t of site.templates) {
      it(`${site.label}: ${t.name} (${t.path}) shows a visible focus on every element Tab reaches`, async () => {
        const { page } = await openPage(browser, t.path, { base: site.base });
        await templateReady(page, t);
        await page.locator('.vision').evaluate((d) => d.setAttribute('open', ''));
        const invisible: string[] = [];
        const seen = new Set<string>();
        for (let i = 0; i < 60; i++) {
          await page.keyboard.press('Tab');
          const f = await page.evaluate(() => {
            const el = document.activeElement as HTMLElement | null;
            if (!el || el === document.body) return null;
            const s = getComputedStyle(el);
            const visible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || (s.boxShadow !== 'none');
            return { key: el.outerHTML.slice(0, 80), visible };
          });
          if (!f || seen.has(f.key)) break;
          seen.add(f.key);
          if (!f.visible) invisible.push(f.key);
        }
        expect(invisible, `${t.path}: focused elements without a visible focus indicator`).toEqual([]);
        expect(seen.size).toBeGreaterThan(3);
        await page.context().close();
      });
    }
  }
});
