import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { hasChromium, launchBrowser, openPage } from './browser.ts';

describe.skipIf(!hasChromium)('site shell in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launchBrowser(); });
  afterAll(async () => { await browser?.close(); });

  it('home page shows the service name, the Russian navigation and a search box, with no outside request', async () => {
    const { page, errors, foreignRequests } = await openPage(browser, '/');
    await expect(page.locator('h1').textContent()).resolves.toMatch(/методическая служба/i);
    const nav = await page.locator('nav[aria-label="Главное меню"] a').allTextContents();
    expect(nav).toEqual(['Материалы', 'Кейсы', 'Программы', 'Показатели', 'Мероприятия', 'О службе']);
    await expect(page.locator('input[type="search"]').first().getAttribute('placeholder')).resolves.toBeTruthy();
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('the header search box shows its whole hint, on a 320 px phone and on a laptop', async () => {
    for (const width of [320, 1280]) {
      const { page } = await openPage(browser, '/', { viewport: { width, height: 700 } });
      const fit = await page.locator('#header-q').evaluate((el: HTMLInputElement) => {
        const cs = getComputedStyle(el);
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.font = `${cs.fontSize} ${cs.fontFamily}`;
        return { hint: ctx.measureText(el.placeholder).width, box: el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) };
      });
      expect(fit.hint, `at ${width} px`).toBeLessThanOrEqual(fit.box);
      await page.context().close();
    }
  });

  it('an unknown address shows the Russian 404 page', async () => {
    const { page } = await openPage(browser, '/net-takoy-stranicy/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Страница не найдена');
    await page.context().close();
  });

  it('on a 375 px phone no page scrolls sideways', async () => {
    const { page } = await openPage(browser, '/materials/', { viewport: { width: 375, height: 800 } });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Page links are targets a finger can hit, not a lone digit.
    const targets = await page.locator('[data-pagination] a').evaluateAll((as) => as.map((a) => a.getBoundingClientRect()).map((r) => Math.min(r.width, r.height)));
    expect(targets.length).toBeGreaterThan(0);
    for (const side of targets) expect(side).toBeGreaterThanOrEqual(44);
    await page.context().close();
  });

  it('on a phone the breadcrumb does not repeat a long page title over several lines: the current crumb keeps to one line', async () => {
    const { page } = await openPage(browser, '/indicators/odintsovo-mms-2/', { viewport: { width: 375, height: 800 } });
    const crumb = page.locator('.breadcrumbs [aria-current="page"]');
    const title = (await page.locator('h1').textContent())!.trim();
    await expect(crumb.textContent()).resolves.toBe(title); // in full for a screen reader
    const lineHeight = await crumb.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) || parseFloat(getComputedStyle(el).fontSize) * 1.6);
    const box = (await crumb.boundingBox())!;
    expect(box.height).toBeLessThan(lineHeight * 1.5);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    await page.context().close();
  });
});
