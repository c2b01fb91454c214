import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchBrowser, openPage } from './browser.ts';
import { builtSites } from './templates.ts';

/** Presses Tab until `selector` has focus; fails with what was focused instead. */
async function tabTo(page: Page, selector: string, max = 30): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    seen.push(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 60) ?? 'none'));
  }
  throw new Error(`${selector} not reached with Tab; focused: ${seen.join(' → ')}`);
}

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

  it('the header search runs with Tab, typing and Enter', async () => {
    const { page } = await openPage(browser, '/');
    await tabTo(page, '#header-q');
    await page.keyboard.type('ИОМ');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\//);
    expect(new URL(page.url()).searchParams.get('q')).toBe('ИОМ');
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
