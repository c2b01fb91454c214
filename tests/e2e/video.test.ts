import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { hasChromium, launchBrowser, openPage } from './browser.ts';

const dist = path.resolve('dist');

/** First material page that carries a click-to-load video player. */
function videoPage(): string | undefined {
  const dir = path.join(dist, 'materials');
  for (const slug of fs.readdirSync(dir).sort()) {
    const file = path.join(dir, slug, 'index.html');
    if (fs.existsSync(file) && fs.readFileSync(file, 'utf8').includes('data-video-embed=')) return `/materials/${slug}/`;
  }
  return undefined;
}

describe.skipIf(!hasChromium)('material video in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launchBrowser(); });
  afterAll(async () => { await browser?.close(); });

  it('an external video asks nothing of its host until «Показать видео» is pressed by keyboard, then the player frame appears', async () => {
    const pathname = videoPage();
    expect(pathname, 'demo content should have a material with a RuTube, VK or YouTube video').toBeDefined();
    const { page, errors, foreignRequests } = await openPage(browser, pathname!);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.locator('iframe').count()).toBe(0);

    const figure = page.locator('[data-video-embed]').first();
    const embed = (await figure.getAttribute('data-video-embed'))!;
    const button = figure.getByRole('button', { name: /^▶ Показать видео/ });
    await button.focus();
    await page.keyboard.press('Enter');
    // The network is closed: only check that the player frame points to the service's player, not that it loads.
    const frame = figure.locator('iframe');
    await expect(frame.getAttribute('src')).resolves.toBe(embed);
    expect(new URL(embed).protocol).toBe('https:');
    await expect(frame.getAttribute('title')).resolves.toMatch(/^Видео: .+/);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('IFRAME');
    await page.context().close();
  });

  it('an embedded video carries one note on when its player loads, not two near-duplicate ones', async () => {
    const { page } = await openPage(browser, videoPage()!);
    await page.locator('[data-video-show]').first().waitFor();
    const notes = await page.locator('section:has(#video-h) :is(p, span, figcaption)').evaluateAll((els) => els
      .filter((el) => (el as HTMLElement).offsetParent !== null && [...el.childNodes].some((n) => n.nodeType === 3 && /наж(ат|м)/.test(n.textContent!)))
      .map((el) => el.textContent!.trim()));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^Плеер загрузится с сайта \S+ только после нажатия кнопки\./);
    await page.context().close();
  });

  it('without JavaScript the video is a link to its page and no frame is ever inserted', async () => {
    const pathname = videoPage()!;
    const { page, foreignRequests } = await openPage(browser, pathname, { javaScriptEnabled: false });
    const figure = page.locator('[data-video-embed]').first();
    expect(await figure.locator('button').isVisible()).toBe(false);
    await expect(figure.locator('figcaption a').getAttribute('href')).resolves.toMatch(/^https:\/\//);
    expect(await page.locator('iframe').count()).toBe(0);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('a video on a site without a player reads «▶ title видеозапись на сайте …» with a space, and promises no «Показать видео» button', async () => {
    const file = fs.readdirSync(path.join(dist, 'materials')).map((slug) => path.join(dist, 'materials', slug, 'index.html'))
      .find((f) => fs.existsSync(f) && fs.readFileSync(f, 'utf8').includes('class="video-link'));
    expect(file, 'demo content should have a video on a site without an allowed player').toBeDefined();
    const { page } = await openPage(browser, `/materials/${path.basename(path.dirname(file!))}/`, { javaScriptEnabled: false });
    // The words a sighted reader sees (the screen-reader-only note aside).
    const line = await page.locator('.video-link').first().evaluate((el) => {
      const seen = el.cloneNode(true) as HTMLElement;
      seen.querySelectorAll('.visually-hidden').forEach((n) => n.remove());
      return seen.textContent!;
    });
    expect(line).toMatch(/\S видеозапись на сайте /);
    if (await page.locator('[data-video-embed]').count() === 0) expect(await page.locator('#video-h ~ p.muted').innerText()).not.toContain('Показать видео');
    await page.context().close();
  });
});
