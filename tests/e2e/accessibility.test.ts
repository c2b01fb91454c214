import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { hasChromium, launchBrowser, openPage } from './browser.ts';
import { builtSites, templateReady, TEMPLATES } from './templates.ts';

// WCAG 2.1 AA as required, plus 2.2 AA (target size) so Lighthouse's accessibility audit stays at 100 too.
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Page structure a screen reader user relies on, as readable failures (empty when all is well). */
async function structureProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const h1 = document.querySelectorAll('h1').length;
    if (h1 !== 1) problems.push(`${h1} h1 elements instead of one`);
    const skip = document.querySelector('body a');
    if (!skip || skip.getAttribute('href') !== '#main' || !document.getElementById('main')) problems.push('the first link is not a skip link to #main');
    for (const landmark of ['header', 'nav', 'main', 'footer']) if (!document.querySelector(landmark)) problems.push(`no <${landmark}> landmark`);
    document.querySelectorAll('table').forEach((t, i) => {
      if (!t.querySelector('caption')?.textContent?.trim()) problems.push(`table ${i + 1} has no caption`);
      if (!t.querySelector('th[scope]')) problems.push(`table ${i + 1} has no <th scope> header`);
    });
    document.querySelectorAll('canvas, svg[role="img"]').forEach((chart, i) => {
      const label = chart.getAttribute('aria-label') || chart.getAttribute('aria-labelledby') || chart.textContent?.trim();
      if (!label) problems.push(`chart ${i + 1} has no text alternative`);
    });
    if (!document.querySelector('.vision summary')) problems.push('no «Версия для слабовидящих» toggle in the header');
    return problems;
  });
}

describe.skipIf(!hasChromium)('accessibility of every template', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launchBrowser(); });
  afterAll(async () => { await browser?.close(); });

  for (const site of builtSites()) {
    for (const t of site.templates) {
      it(`${site.label}: ${t.name} (${t.path}) has 0 axe violations at WCAG 2.1 AA and a sound structure`, async () => {
        const { page } = await openPage(browser, t.path, { base: site.base });
        await templateReady(page, t);
        const result = await new AxeBuilder({ page: page as never }).withTags(WCAG_21_AA).analyze();
        const violations = result.violations.map((v) => `${t.path}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`);
        expect(violations).toEqual([]);
        expect((await structureProblems(page)).map((p) => `${t.path}: ${p}`)).toEqual([]);
        await page.context().close();
      });

      it(`${site.label}: ${t.name} (${t.path}) does not scroll sideways at 320 CSS px, with the vision panel open and the largest text`, async () => {
        const { page } = await openPage(browser, t.path, { base: site.base, viewport: { width: 320, height: 640 } });
        await templateReady(page, t);
        await page.locator('.vision summary').click();
        await page.locator('.vision input[name="vision-size"][value="xlarge"]').check();
        const overflow = await page.evaluate(() => {
          const root = document.documentElement;
          // Past the right edge the page scrolls sideways; past the left edge (a panel pushed out) it cannot be reached at all.
          const wide = [...document.querySelectorAll('body *')].filter((el) => {
            const r = el.getBoundingClientRect();
            return (r.right > root.clientWidth + 1 || (r.width > 0 && r.left < -1)) && getComputedStyle(el).position !== 'absolute' && !el.closest('.table-scroll, .visually-hidden');
          }).slice(0, 3).map((el) => `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}">`);
          return { by: root.scrollWidth - root.clientWidth, wide };
        });
        expect(overflow.by, `${t.path} scrolls sideways by ${overflow.by}px at 320 px; too wide: ${overflow.wide.join(', ')}`).toBeLessThanOrEqual(0);
        expect(overflow.wide, `${t.path}: outside the screen at 320 px`).toEqual([]);
        await page.context().close();
      });
    }
  }

  for (const site of builtSites()) {
    it(`${site.label}: without JavaScript no template shows a control that only a script can run ([hidden] stays hidden)`, async () => {
      const { page } = await openPage(browser, '/', { base: site.base, javaScriptEnabled: false });
      const shown: string[] = [];
      for (const t of site.templates) {
        await page.goto(new URL(t.path, site.base).href);
        const found = await page.evaluate(() => [...document.querySelectorAll('[hidden]')]
          .filter((el) => getComputedStyle(el).display !== 'none').map((el) => el.outerHTML.slice(0, 80)));
        shown.push(...found.map((html) => `${t.path}: ${html}`));
      }
      expect(shown).toEqual([]);
      await page.context().close();
    });
  }

  it('the fixture site has a page for every template, so each is checked at least once', () => {
    const [, fixture] = builtSites();
    expect(fixture.templates.map((t) => t.name)).toEqual(TEMPLATES.map((t) => t.name));
  });
});
