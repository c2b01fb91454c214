import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchBrowser, openPage } from './browser.ts';
import { PAGE_SIZE } from '../../src/lib/pagination.ts';

const dist = path.resolve('dist');

/** First taxonomy term whose materials fill more than one page. */
function pagedTerm(): string | undefined {
  for (const taxonomy of ['deficits', 'subjects', 'levels', 'audiences', 'types']) {
    const dir = path.join(dist, taxonomy);
    if (!fs.existsSync(dir)) continue;
    for (const slug of fs.readdirSync(dir).sort()) {
      if (fs.existsSync(path.join(dir, slug, 'page', '2', 'index.html'))) return `/${taxonomy}/${slug}/`;
    }
  }
  return undefined;
}

/** «Материалы (33 материала, страница 1 из 2)» → 33. */
const materialCount = async (page: Page) => Number(/\((\d[\d\s\u00a0]*)/.exec((await page.locator('#materials-h .count').textContent())!)![1].replace(/\D/g, ''));
const materialLinks = (page: Page) => page.locator('section[aria-labelledby="materials-h"] .cards .card-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));

/** Text of each material card on a built page, by the material's address. */
function materialCards(pagePath: string): Map<string, string> {
  const html = fs.readFileSync(path.join(dist, pagePath, 'index.html'), 'utf8');
  return new Map([...html.matchAll(/<li class="card"[^>]*>(.*?)<\/li>/gs)]
    .map((m) => [/href="(\/materials\/[^"]+)"/.exec(m[1])?.[1], m[1].replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()] as const)
    .filter((e): e is [string, string] => e[0] !== undefined));
}

describe('material cards', () => {
  it('read the same on the home page, a term page and the catalogue: title, «type · date», summary', () => {
    const catalogue = materialCards('materials');
    const term = fs.readdirSync(path.join(dist, 'deficits')).find((slug) => fs.existsSync(path.join(dist, 'deficits', slug, 'index.html')))!;
    for (const other of [materialCards(''), materialCards(`deficits/${term}`)]) {
      const shared = [...other.keys()].filter((href) => catalogue.has(href));
      expect(shared.length).toBeGreaterThan(0);
      for (const href of shared) expect(other.get(href), href).toBe(catalogue.get(href));
    }
  });
});

describe.skipIf(!hasChromium)('taxonomy term pages in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launchBrowser(); });
  afterAll(async () => { await browser?.close(); });

  it('a term with many materials pages through them by keyboard without JavaScript, every material once, and the count matches the filtered catalogue', async () => {
    const first = pagedTerm();
    expect(first, 'demo content should have a term with more materials than one page holds').toBeDefined();
    const { page } = await openPage(browser, first!, { javaScriptEnabled: false });
    const total = await materialCount(page);
    expect(total).toBeGreaterThan(PAGE_SIZE);
    // Without JavaScript the catalogue cannot apply the term: no link promises it.
    expect(await page.locator('[data-term-catalogue]').isVisible()).toBe(false);
    const seen: string[] = [];
    for (let n = 1; ; n++) {
      const links = await materialLinks(page);
      expect(links.length).toBeLessThanOrEqual(PAGE_SIZE);
      seen.push(...links);
      expect(await page.locator('.pagination [aria-current="page"]').textContent()).toBe(String(n));
      expect(await materialCount(page), 'every page shows the term\'s whole count').toBe(total);
      const next = page.locator('.pagination a[rel="next"]');
      if (!(await next.count())) break;
      await next.focus();
      await Promise.all([page.waitForURL(`**${first}page/${n + 1}/`), page.keyboard.press('Enter')]);
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    await page.context().close();

    // The same term in the catalogue, with JavaScript: the facet view finds exactly as many materials.
    const js = await openPage(browser, first!);
    expect(await js.page.locator('[data-term-catalogue]').isVisible()).toBe(true);
    const href = (await js.page.locator('[data-term-catalogue]').getAttribute('href'))!;
    expect(href).toMatch(/^\/materials\/\?[a-z]+=[a-z0-9-]+$/);
    await js.page.goto(new URL(href, js.page.url()).href);
    await js.page.waitForSelector('[data-catalogue][data-rendered]');
    await expect(js.page.locator('[data-facets] input:checked').count()).resolves.toBe(1);
    const status = (await js.page.locator('[data-status]').textContent())!;
    expect(Number(status.replace(/\D/g, ''))).toBe(total);
    expect(js.foreignRequests).toEqual([]);
    await js.page.context().close();
  });
});
