import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchBrowser, openPage } from './browser.ts';
import { countOf } from '../../src/lib/format.ts';
import { MATERIAL_FORMS } from '../../src/lib/words.ts';

const dist = path.resolve('dist');

/** First built page under a folder whose HTML matches a pattern: lets the tests follow whatever demo content exists. */
function firstPage(folder: string, pattern: RegExp): string | undefined {
  const dir = path.join(dist, folder);
  for (const slug of fs.readdirSync(dir).sort()) {
    const file = path.join(dir, slug, 'index.html');
    if (fs.existsSync(file) && pattern.test(fs.readFileSync(file, 'utf8'))) return `/${folder}/${slug}/`;
  }
  return undefined;
}

async function ready(page: Page) {
  await page.waitForSelector('[data-catalogue][data-rendered]');
}

/** Runs an action and waits until the catalogue has rendered the list after it. */
async function afterRender(page: Page, action: () => Promise<unknown>) {
  const before = await page.getAttribute('[data-catalogue]', 'data-rendered');
  await action();
  await page.waitForFunction((b) => document.querySelector('[data-catalogue]')!.getAttribute('data-rendered') !== b, before);
}

/**
 * An accessible name to match exactly, up to spacing: a no-break space matches any space, and Chromium may put a space
 * before a comma that opens a visually hidden part, which no screen reader voices.
 */
const spokenName = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s\u00a0]+/g, '[\\s\\u00a0]+').replace(/,/g, '\\s?,')}$`);

const status = (page: Page) => page.locator('[data-status]').textContent();
/** The number of materials the status line reports, e.g. «Найдено: 1 234 материала» → 1234. */
const found = async (page: Page) => Number(/[\d\s\u00a0]+/.exec((await status(page))!)![0].replace(/\D/g, ''));
const listed = (page: Page) => page.locator('[data-results] > li').count();
const checked = (page: Page) => page.locator('[data-facets] input:checked').evaluateAll((els) => els.map((e) => `${(e as HTMLInputElement).name}=${(e as HTMLInputElement).value}`));

/** Tabs forward until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, selector: string, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${selector} not reached by Tab`);
}

describe.skipIf(!hasChromium)('materials catalogue in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launchBrowser(); });
  afterAll(async () => { await browser?.close(); });

  it('two facets chosen by keyboard narrow the list and counts, live in the URL, survive reload and Back', async () => {
    const { page, errors, foreignRequests } = await openPage(browser, '/materials/');
    await ready(page);
    const total = await found(page);
    const levelCountsBefore = await page.locator('[data-facets] fieldset:nth-of-type(3) .count').allTextContents();
    const clear = page.locator('[data-tools] [data-clear]');
    expect(await clear.isVisible(), '«Сбросить отбор» with nothing chosen').toBe(false);

    // First facet: the first subject, reached with Tab and ticked with Space.
    await tabTo(page, '[data-facets] fieldset:nth-of-type(2) input:not([disabled])');
    const first = await page.evaluate(() => { const el = document.activeElement as HTMLInputElement; return `${el.name}=${el.value}`; });
    await afterRender(page, () => page.keyboard.press('Space'));
    const afterFirst = { status: await status(page), url: page.url(), n: await listed(page) };
    expect(await found(page)).toBeLessThan(total);
    expect(afterFirst.url).toContain(`?${first}`);
    expect(await page.locator('[data-facets] fieldset:nth-of-type(3) .count').allTextContents()).not.toEqual(levelCountsBefore);
    expect(await clear.isVisible()).toBe(true);

    // Second facet (level): any value still available.
    const level = page.locator('[data-facets] fieldset:nth-of-type(3) input:not([disabled])').first();
    await level.focus();
    await afterRender(page, () => page.keyboard.press('Space'));
    const two = await checked(page);
    expect(two).toHaveLength(2);
    const afterSecond = { status: await status(page), n: await listed(page) };
    for (const v of two) expect(page.url()).toContain(v);
    expect(Number(/\d+/.exec(afterSecond.status!)![0])).toBeLessThanOrEqual(Number(/\d+/.exec(afterFirst.status!)![0]));
    expect(afterSecond.n).toBeGreaterThan(0);

    await page.reload();
    await ready(page);
    expect(await checked(page)).toEqual(two);
    expect(await status(page)).toBe(afterSecond.status);

    await afterRender(page, () => page.goBack());
    expect(page.url()).toBe(afterFirst.url);
    expect(await checked(page)).toEqual([first]);
    expect(await status(page)).toBe(afterFirst.status);
    expect(await listed(page)).toBe(afterFirst.n);

    await page.locator('[data-tools] [data-clear]').focus();
    await afterRender(page, () => page.keyboard.press('Enter'));
    expect(await found(page)).toBe(total);
    expect(new URL(page.url()).search).toBe('');
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('a facet\'s count is spoken with its word («Физика, 5 материалов»), before and after a filter change, and looks a bare number', async () => {
    /** Each enabled checkbox of a fieldset: the number the eye sees beside it, and the name a screen reader announces. */
    const options = (page: Page, fieldset: number) => page.locator(`[data-facets] fieldset:nth-of-type(${fieldset}) label:not(.empty)`).evaluateAll((labels) => labels.map((l) => {
      const count = l.querySelector('.count')!;
      const seen = count.cloneNode(true) as HTMLElement;
      seen.querySelectorAll('.visually-hidden').forEach((n) => n.remove());
      return { shown: seen.textContent!.trim(), title: l.textContent!.replace(count.textContent!, '').trim() };
    }));
    const spokenAsCounted = async (page: Page, fieldset: number) => {
      const seen = await options(page, fieldset);
      expect(seen.length).toBeGreaterThan(0);
      for (const { shown, title } of seen) {
        expect(shown, 'the eye sees only the number').toMatch(/^\d+$/);
        const name = `${title}, ${countOf(Number(shown), MATERIAL_FORMS)}`;
        expect(await page.getByRole('checkbox', { name: spokenName(name) }).count(), name).toBe(1);
      }
    };
    const { page } = await openPage(browser, '/materials/');
    await ready(page);
    await spokenAsCounted(page, 3);
    await afterRender(page, () => page.locator('[data-facets] fieldset:nth-of-type(2) input:not([disabled])').first().check());
    await spokenAsCounted(page, 3);
    await page.context().close();

    // Without JavaScript the page's own facet list says the same.
    const plain = (await openPage(browser, '/materials/', { javaScriptEnabled: false })).page;
    const item = plain.locator('[data-facets-static] section li').first();
    const shown = await item.locator('.count').evaluate((el) => {
      const seen = el.cloneNode(true) as HTMLElement;
      seen.querySelectorAll('.visually-hidden').forEach((n) => n.remove());
      return seen.textContent!.trim();
    });
    expect(shown).toMatch(/^\(\d+\)$/);
    expect((await item.ariaSnapshot()).replace(/\u00a0/g, ' ')).toContain(`, ${countOf(Number(shown.slice(1, -1)), MATERIAL_FORMS)}`.replace(/\u00a0/g, ' '));
    await plain.context().close();
  });

  it('on a wide screen Tab goes from the menu straight to the first facet: the always-open «Отбор» is no stop', async () => {
    const { page } = await openPage(browser, '/materials/');
    await ready(page);
    await page.locator('nav.main-nav a').last().focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.matches('[data-facets] input[type="checkbox"]'))).toBe(true);
    await page.context().close();
  });

  it('sorting by title orders the list alphabetically and is kept in the URL', async () => {
    const { page } = await openPage(browser, '/materials/');
    await ready(page);
    await afterRender(page, () => page.selectOption('[data-sort]', 'title'));
    expect(page.url()).toContain('sort=title');
    const titles = await page.locator('[data-results] .card-title').allTextContents();
    // Alphabetical by letters: opening quotes do not put «Разговоры…» before А.
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'ru', { ignorePunctuation: true })));
    await page.context().close();
  });

  it('cards the script draws after a change read exactly as the built cards (title, type and date, summary)', async () => {
    const { page } = await openPage(browser, '/materials/');
    await ready(page);
    const cards = () => page.locator('[data-results] > li').evaluateAll((els) => els.map((li) => [li.querySelector('a')!.getAttribute('href')!, (li as HTMLElement).innerText] as [string, string]));
    const built = new Map(await cards());
    await afterRender(page, () => page.selectOption('[data-sort]', 'title'));
    await afterRender(page, () => page.selectOption('[data-sort]', 'date'));
    const drawn = await cards();
    expect(drawn.length).toBeGreaterThan(5);
    for (const [href, text] of drawn) expect(text, href).toBe(built.get(href));
    await page.context().close();
  });

  it('on a phone the facets are folded, the list is on the first screen, and «Показать N материалов» returns to it', async () => {
    const { page, errors } = await openPage(browser, '/materials/', { viewport: { width: 375, height: 800 } });
    await ready(page);
    const firstCardTop = () => page.locator('[data-results] > li').first().evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    expect(await page.locator('[data-facets-panel]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await firstCardTop()).toBeLessThan(800);
    await page.locator('[data-facets-panel] > summary').click();
    const box = page.locator('[data-facets] input:not([disabled])').first();
    await afterRender(page, () => box.check());
    await expect(page.locator('[data-facets-panel] > summary').textContent()).resolves.toContain('отмечено: 1');
    const button = page.locator('[data-show-results]');
    await expect(button.textContent()).resolves.toMatch(/^Показать \d+\sматериал/);
    await button.click();
    expect(await page.locator('[data-facets-panel]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.matches('[data-status]'))).toBe(true);
    // «Сбросить отбор» with the facets folded: focus stays in the list's neighbourhood, not lost to the page's start.
    await page.locator('[data-tools] [data-clear]').focus();
    await afterRender(page, () => page.keyboard.press('Enter'));
    expect(await page.evaluate(() => document.activeElement?.matches('[data-status]'))).toBe(true);
    // On a wide screen the same panel stays open and its summary does not fold it.
    await page.setViewportSize({ width: 1280, height: 900 });
    await expect.poll(() => page.locator('[data-facets-panel]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await page.locator('[data-facets-panel] > summary').click();
    expect(await page.locator('[data-facets-panel]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('Back from a selection made on /materials/page/2/ shows that page again, with its page links', async () => {
    const { page, errors } = await openPage(browser, '/materials/page/2/');
    await ready(page);
    const cards = () => page.locator('[data-results] .card-title').allTextContents();
    const built = { cards: await cards(), status: await status(page) };
    expect(built.status).toContain('страница 2');
    await afterRender(page, () => page.locator('[data-facets] input:not([disabled])').first().check());
    expect(await cards()).not.toEqual(built.cards);
    await afterRender(page, () => page.goBack());
    expect(new URL(page.url()).pathname).toBe('/materials/page/2/');
    expect(await cards()).toEqual(built.cards);
    expect(await status(page)).toBe(built.status);
    expect(await page.locator('[data-pagination]').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('without JavaScript facets are links to taxonomy pages', async () => {
    const { page } = await openPage(browser, '/materials/', { javaScriptEnabled: false });
    const link = page.locator('[data-facets-static] section a').first();
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/[a-z-]+\/[a-z0-9-]+\/$/);
    await link.click();
    await expect(page.locator('h1').count()).resolves.toBe(1);
    expect(await page.locator('.cards a').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('without JavaScript on a phone one link takes the reader past the facet links to the list', async () => {
    const { page } = await openPage(browser, '/materials/', { javaScriptEnabled: false, viewport: { width: 375, height: 740 } });
    const firstCard = page.locator('[data-results] > li').first();
    expect(await firstCard.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(740);
    const skip = page.getByRole('link', { name: /К списку материалов/ });
    expect(await skip.evaluate((el) => el.getBoundingClientRect().bottom)).toBeLessThan(740);
    await skip.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => firstCard.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(740);
    await page.context().close();
  });

  it('a material\'s attachment downloads, by keyboard, with the same bytes as the file', async () => {
    const pathname = firstPage('materials', /<a href="\/uploads\/[^"]+" download/);
    expect(pathname, 'demo content should have a material with a file').toBeDefined();
    const { page, foreignRequests } = await openPage(browser, pathname!);
    const link = page.locator('a[download]').first();
    const href = (await link.getAttribute('href'))!;
    await expect(link.locator('xpath=..').locator('.file-meta').textContent()).resolves.toMatch(/^[A-Z0-9]+, [\d,]+\u00a0(Б|КБ|МБ)$/);
    await link.focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const got = fs.readFileSync((await download.path())!);
    expect(got.equals(fs.readFileSync(path.join(dist, decodeURI(href))))).toBe(true);
    // The reference carries the reader's date, filled in the browser: the built page holds a placeholder, so a page kept
    // in the build cache never shows the date of the build that rendered it.
    const today = await page.evaluate(() => new Date().toLocaleDateString('ru-RU', { day: '2-digit', month: '2-digit', year: 'numeric' }));
    await expect(page.locator('[data-citation]').textContent()).resolves.toMatch(new RegExp(`Текст : электронный.*URL: https?://.*\\(дата обращения: ${today.replace(/\./g, '\\.')}\\)\\.$`));
    expect(fs.readFileSync(path.join(dist, pathname!, 'index.html'), 'utf8')).toContain('(дата обращения: ДД.ММ.ГГГГ)');
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('a case checklist keeps its ticks after reload', async () => {
    const pathname = firstPage('cases', /data-step="1"/);
    expect(pathname, 'demo content should have a case with two steps').toBeDefined();
    const { page } = await openPage(browser, pathname!);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await tabTo(page, '#step-2');
    await page.keyboard.press('Space');
    await expect(page.locator('[data-progress]').textContent()).resolves.toMatch(/^Выполнено 1 из \d+\sшаг/);
    await page.reload();
    expect(await page.locator('#step-2').isChecked()).toBe(true);
    expect(await page.locator('#step-1').isChecked()).toBe(false);
    await expect(page.locator('[data-progress]').textContent()).resolves.toMatch(/^Выполнено 1 из/);
    await page.locator('[data-reset]').click();
    await page.reload();
    expect(await page.locator('#step-2').isChecked()).toBe(false);
    await page.context().close();
  });
});
