import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchBrowser, openPage } from './browser.ts';
import { builtSites, templateReady } from './templates.ts';

/** What a page would show if any hostile payload of tests/fixtures/hostile had run or survived as markup. */
async function executionTraces(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const traces: string[] = [];
    const w = window as unknown as { __pwned?: unknown };
    if (w.__pwned !== undefined) traces.push(`window.__pwned = ${String(w.__pwned)}`);
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) if (/^on/i.test(attr)) traces.push(`<${el.tagName.toLowerCase()} ${attr}>`);
      if (el.getAttribute('srcdoc') !== null) traces.push(`<${el.tagName.toLowerCase()} srcdoc>`);
    }
    document.querySelectorAll('iframe, frame, object, embed, foreignObject').forEach((el) => traces.push(`<${el.tagName.toLowerCase()}> element`));
    document.querySelectorAll('script').forEach((s) => {
      if (s.closest('body') && !s.src) traces.push(`inline <script> in body: ${s.textContent?.slice(0, 40)}`);
      if (s.src && new URL(s.src).pathname.startsWith('/_astro/') === false) traces.push(`<script src=${s.src}>`);
    });
    document.querySelectorAll('[href], [src], [action], [formaction], [xlink\\:href]').forEach((el) => {
      for (const name of ['href', 'src', 'action', 'formaction', 'xlink:href']) {
        const v = el.getAttribute(name);
        if (v && /^\s*(javascript|data|vbscript):/i.test(v)) traces.push(`<${el.tagName.toLowerCase()} ${name}="${v.slice(0, 30)}">`);
      }
    });
    return traces;
  });
}

/** Visible text that must survive on the page, exactly as the methodist typed it. */
const KEPT_TEXT: Record<string, string[]> = {
  '/materials/hostile-material/': [
    `<img src=x onerror="window.__pwned='title'"> Урок «<script>window.__pwned='title'</script>» из Word`,
    'Текст из Word: вставленный методистом абзац.',
    'Абзац, вставленный из Word',
    '<script>window.__pwned = ',
    'Нажмите сюда',
    'Ссылка javascript',
    'Обычный текст после всех вставок остаётся на странице.',
  ],
  '/programmes/hostile-programme/': [`Семинар <script>window.__pwned='roadmap'</script> «Строка из Word»`],
  '/indicators/hostile-indicator/': [`Доля педагогов <script>window.__pwned='indicator'</script> с ИОМ`],
  '/cases/hostile-case/': ['Прочитайте материал <script>'],
  '/events/hostile-event/': [`Семинар <script>window.__pwned='event'</script> для наставников`],
};

describe.skipIf(!hasChromium)('hostile content stays text', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launchBrowser(); });
  afterAll(async () => { await browser?.close(); });

  const fixture = builtSites()[1];
  for (const t of fixture.templates) {
    it(`${t.name} (${t.path}): nothing executes — no dialog, no injected global, no event-handler attribute, no frame`, async () => {
      const { page, errors } = await openPage(browser, 'about:blank', { base: fixture.base });
      const dialogs: string[] = [];
      page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
      await page.goto(new URL(t.path, fixture.base).href, { waitUntil: 'load' });
      await templateReady(page, t);
      // Give anything delayed (onerror of a broken image, a timer) the chance to run, and hover every element.
      await page.mouse.move(10, 10);
      await page.waitForTimeout(200);
      expect(dialogs, `${t.path}: dialog opened`).toEqual([]);
      expect(await executionTraces(page), `${t.path}: hostile markup survived`).toEqual([]);
      // A Content-Security-Policy report would mean markup got through and was only stopped by the policy.
      expect(errors.filter((e) => /Content Security Policy|Refused/i.test(e)), `${t.path}: CSP had to block something`).toEqual([]);
      const text = await page.locator('body').innerText();
      for (const kept of KEPT_TEXT[t.path] ?? []) expect(text, `${t.path}: text «${kept}» lost`).toContain(kept);
      const title = await page.title();
      expect(title).not.toMatch(/^\s*$/);
      await page.context().close();
    });
  }

  it('the fixture covers a material body, a title, a roadmap row and an indicator page', () => {
    const paths = fixture.templates.map((t) => t.path);
    for (const p of Object.keys(KEPT_TEXT)) expect(paths).toContain(p);
  });

  it('the material title is kept as text in the window title and in the Open Graph title', async () => {
    const { page } = await openPage(browser, '/materials/hostile-material/', { base: fixture.base });
    await expect(page.title()).resolves.toContain(`Урок «<script>window.__pwned='title'</script>» из Word`);
    await expect(page.locator('meta[property="og:title"]').getAttribute('content')).resolves.toContain('<script>');
    await page.context().close();
  });

  it('the note of an actual value is shown as text in its year\'s row of the indicator table, and nothing in it runs', async () => {
    const { page, errors } = await openPage(browser, '/indicators/hostile-indicator/', { base: fixture.base });
    const dialogs: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    await page.getByRole('radio', { name: 'таблицу' }).check();
    const row = page.locator('table.indicator-table tr[data-year="2024"]');
    await expect(row.isVisible()).resolves.toBe(true);
    const note = `Примечание <img src=x onerror="window.__pwned='note'"> <script>alert('note')</script> из Word`;
    await expect(row.innerText()).resolves.toContain(note);
    await expect(row.innerText()).resolves.toContain(`Источник: <a href="javascript:window.__pwned='actual-source'">Мониторинг</a>`);
    await expect(row.locator('img, script, a').count()).resolves.toBe(0);
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    expect(await executionTraces(page)).toEqual([]);
    expect(errors.filter((e) => /Content Security Policy|Refused/i.test(e))).toEqual([]);
    await page.context().close();
  });
});
