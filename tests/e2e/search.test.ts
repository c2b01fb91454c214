import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { hasChromium, launchBrowser, openPage, siteUrl } from './browser.ts';
import { FIXTURE_DIST } from './fixture-site.ts';
import { countOf } from '../../src/lib/format.ts';
import { RESULT_FORMS } from '../../src/lib/words.ts';

/** What a teacher types, and what must come first (top 3) or at least be found. Over the demo content. */
const QUERIES: { q: string; why: string; top?: string; found?: string[]; notFound?: string[]; params?: string }[] = [
  { q: 'наставник', why: 'morphology', found: ['/materials/plan-raboty-nastavnika/', '/materials/formy-nastavnichestva-shkola/'] },
  { q: 'наставничества', why: 'morphology: another case', found: ['/materials/polozhenie-o-nastavnichestve-shablon/', '/materials/nastavnichestvo-v-spo/'] },
  { q: 'наставниками', why: 'thesaurus: наставник ↔ наставничество', found: ['/materials/formy-nastavnichestva-shkola/', '/materials/polozhenie-o-nastavnichestve-shablon/'] },
  { q: 'ИОМ', why: 'abbreviation', found: ['/materials/shablon-iom-na-god/', '/materials/iom-pedagoga-poshagovo/'] },
  { q: 'иом', why: 'abbreviation in lower case', found: ['/materials/shablon-iom-na-god/', '/materials/iom-pedagoga-poshagovo/'] },
  { q: 'индивидуальный образовательный маршрут', why: 'full form', top: '/materials/iom-pedagoga-poshagovo/', found: ['/materials/shablon-iom-na-god/'] },
  { q: 'индивидуальных образовательных маршрутов', why: 'full form in another case', found: ['/materials/iom-pedagoga-poshagovo/', '/materials/shablon-iom-na-god/'] },
  { q: 'ФГОС', why: 'abbreviation', found: ['/materials/fgos-prezentaciya-pedsovet/'] },
  { q: 'федеральный государственный образовательный стандарт', why: 'abbreviation expanded back', found: ['/materials/fgos-prezentaciya-pedsovet/'] },
  { q: 'КПК', why: 'abbreviation of the field', found: ['/indicators/odintsovo-mms-7/'] },
  { q: 'ДПО', why: 'abbreviation of the field', found: ['/programmes/leninsk-kuznetskiy-mo/'] },
  { q: 'ШМО', why: 'abbreviation of the field', found: ['/materials/formy-nastavnichestva-shkola/'] },
  { q: 'ФГ', why: 'two-letter abbreviation: only what mentions functional literacy', found: ['/materials/funkcionalnaya-gramotnost-prezentaciya/'], notFound: ['/materials/plan-raboty-nastavnika/'] },
  { q: 'функциональная грамотность', why: 'phrase', top: '/materials/funkcionalnaya-gramotnost-prezentaciya/' },
  { q: 'ребёнок', why: 'ё in the query, е in the text', found: ['/materials/adaptaciya-zadaniy-ovz/'] },
  { q: 'удовлетворенности наставляемого', why: 'е in the query, ё inside a PDF', top: '/materials/ocenka-effektivnosti-nastavnichestva/' },
  { q: 'компас профессиональных затруднений', why: 'phrase only inside a PDF', top: '/materials/diagnostika-professionalnyh-deficitov/' },
  { q: 'смотритель маяка', why: 'phrase only inside a PDF', top: '/materials/chitatelskaya-gramotnost-5-6/' },
  { q: 'тетрадь маленьких побед', why: 'phrase only inside a DOCX', top: '/materials/pamyatka-molodomu-uchitelyu/' },
  { q: 'лист контрольных флажков', why: 'phrase only inside a DOCX', top: '/materials/shablon-iom-na-god/' },
  { q: 'наставник', why: 'filter by section keeps only indicators', params: '&section=Показатели', found: ['/indicators/odintsovo-mms-9/'], notFound: ['/materials/plan-raboty-nastavnika/'] },
  { q: 'грамотность', why: 'filter by subject', params: '&subject=Биология', top: '/materials/estestvennonauchnaya-gramotnost-biologiya/', notFound: ['/materials/finansovaya-gramotnost-nachalnaya-shkola/'] },
];

async function resultsFor(page: Page, query: string): Promise<{ status: string; urls: string[] }> {
  await page.goto(siteUrl(`/search/?q=${encodeURIComponent(query)}`));
  await page.waitForFunction(() => /Найден|ничего не найдено/.test(document.querySelector('#search-status')?.textContent ?? ''));
  await page.waitForFunction(() => {
    const s = document.querySelector('#search-status')?.textContent ?? '';
    return !/Найден/.test(s) || document.querySelectorAll('#search-results li').length > 0;
  });
  // Open every page of results, as a reader pressing «Показать ещё» would.
  while (await page.locator('#search-more').evaluate((b) => !(b as HTMLButtonElement).hidden)) {
    const n = await page.locator('#search-results li').count();
    await page.locator('#search-more').click();
    await page.waitForFunction((before) => document.querySelectorAll('#search-results li').length > before, n);
  }
  return {
    status: (await page.locator('#search-status').textContent()) ?? '',
    urls: await page.locator('#search-results .search-result-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')),
  };
}

describe.skipIf(!hasChromium)('search in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page, errors } = await openPage(browser, '/search/'));
  });
  afterAll(async () => { await browser?.close(); });

  it.each(QUERIES)('«$q» ($why)', async ({ q, top, found = [], notFound = [], params = '' }) => {
    if (params) {
      await page.goto(siteUrl(`/search/?q=${encodeURIComponent(q)}${params.split('&').filter(Boolean).map((p) => { const [k, v] = p.split('='); return `&${k}=${encodeURIComponent(v)}`; }).join('')}`));
      await page.waitForFunction(() => /Найден|ничего не найдено/.test(document.querySelector('#search-status')?.textContent ?? ''));
      await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 0);
      const filtered = await page.locator('#search-results .search-result-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      if (top) expect(filtered.slice(0, 3)).toContain(top);
      for (const u of found) expect(filtered).toContain(u);
      for (const u of notFound) expect(filtered).not.toContain(u);
      await expect(page.locator('#search-filters input:checked').count()).resolves.toBe(1);
      return;
    }
    const { status, urls } = await resultsFor(page, q);
    expect(status).toMatch(/^(Найден \d+\sрезультат|Найдено \d+\sрезультат(а|ов))$/);
    if (top) expect(urls.slice(0, 3)).toContain(top);
    for (const u of found) expect(urls).toContain(u);
    for (const u of notFound) expect(urls).not.toContain(u);
  });

  it('on a phone the filters are folded under «Фильтры», so the first result is on the first screen', async () => {
    const { page: phone, errors } = await openPage(browser, `/search/?q=${encodeURIComponent('ИОМ')}`, { viewport: { width: 375, height: 800 } });
    await phone.locator('#search-results li').first().waitFor();
    expect(await phone.locator('[data-filter-panel]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    const top = await phone.locator('#search-results li').first().evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    expect(top).toBeLessThan(800);
    await phone.locator('[data-filter-panel] > summary').click();
    await expect(phone.locator('#search-filters input').first().isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await phone.context().close();
  });

  it('a query with nothing to find says so and suggests what to try', async () => {
    const { status, urls } = await resultsFor(page, 'абырвалг');
    expect(urls).toEqual([]);
    expect(status).toMatch(/По запросу «абырвалг» ничего не найдено\. Проверьте написание, попробуйте другое слово или сокращение/);
    // No results, no filters: an empty «Фильтры» heading would only puzzle.
    await expect(page.locator('[data-filter-panel]').isVisible()).resolves.toBe(false);
  });

  it('a misspelt query offers the word the site has («Возможно, вы искали «наставничество»?») and the offer finds it', async () => {
    const { urls } = await resultsFor(page, 'наставнечество');
    expect(urls).toEqual([]);
    const offer = page.locator('#search-status .search-suggestion a');
    await offer.waitFor();
    await expect(page.locator('#search-status .search-suggestion').textContent()).resolves.toBe('Возможно, вы искали «наставничество»?');
    await expect(offer.getAttribute('href')).resolves.toBe(`?q=${encodeURIComponent('наставничество')}`);
    await offer.click();
    await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 0);
    await expect(page.locator('#search-q').inputValue()).resolves.toBe('наставничество');
    expect(new URL(page.url()).searchParams.get('q')).toBe('наставничество');
    await expect(page.locator('#search-results .search-result-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).resolves.toContain('/materials/formy-nastavnichestva-shkola/');
    // Each result's title is a heading, so a screen reader moves from result to result.
    expect(await page.getByRole('heading', { level: 2 }).filter({ has: page.locator('a[href="/materials/formy-nastavnichestva-shkola/"]') }).count()).toBe(1);
    // Nothing near: no offer, only the advice.
    await resultsFor(page, 'квантовая хромодинамика');
    await page.waitForTimeout(300);
    await expect(page.locator('#search-status .search-suggestion').count()).resolves.toBe(0);
  });

  it('a result whose excerpt already is its summary does not repeat the summary under it', async () => {
    await resultsFor(page, 'ИОМ');
    const result = (href: string) => page.locator('#search-results li', { has: page.locator(`.search-result-title a[href="${href}"]`) });
    const same = result('/indicators/odintsovo-mms-2/');
    await expect(same.locator('.search-result-excerpt').textContent()).resolves.toMatch(/не менее 60% педагогов имеют разработанные/);
    await expect(same.locator('.search-result-summary').count()).resolves.toBe(0);
    // An excerpt from elsewhere in the text keeps the summary line.
    const other = result('/materials/shablon-iom-na-god/');
    await expect(other.locator('.search-result-excerpt').textContent()).resolves.not.toMatch(/Готовая форма ИОМ педагога/);
    await expect(other.locator('.search-result-summary').textContent()).resolves.toMatch(/^Готовая форма ИОМ педагога/);
  });

  it('results show a highlighted excerpt, section and date; counts use Russian plurals', async () => {
    const { status } = await resultsFor(page, 'тетрадь маленьких побед');
    expect(status).toBe('Найден 1\u00a0результат');
    const first = page.locator('#search-results li').first();
    await expect(first.locator('mark').first().textContent()).resolves.toMatch(/тетрадь/i);
    await expect(first.locator('.search-result-info').textContent()).resolves.toMatch(/^Материал · \d{1,2} [а-я]+ \d{4}\sг\.$/);
    const several = await resultsFor(page, 'компас профессиональных затруднений');
    expect(several.status).toBe(`Найдено ${several.urls.length}\u00a0${several.urls.length === 1 ? 'результат' : several.urls.length < 5 ? 'результата' : 'результатов'}`);
  });

  it('excerpts show the record\'s own text only: no index tokens or synonym lists, ё as written', async () => {
    for (const q of ['ИОМ', 'ФГОС']) {
      await resultsFor(page, q);
      const excerpts = await page.locator('#search-results .search-result-excerpt').allTextContents();
      expect(excerpts.length, q).toBeGreaterThan(0);
      for (const e of excerpts) expect(e, q).not.toMatch(/abbr|Связанные понятия/i);
      // The reader sees the abbreviation as written in the text, highlighted.
      const marks = await page.locator('#search-results .search-result-excerpt mark').allTextContents();
      expect(marks.some((m) => m.startsWith(q)), q).toBe(true);
    }
    // The material's summary says «со стажем до трёх лет»; the query may be typed with е.
    await resultsFor(page, 'стажем до трех лет');
    const item = page.locator('#search-results li', { has: page.locator('a[href="/materials/shkola-molodogo-pedagoga-programma/"]') });
    const excerpt = (await item.locator('.search-result-excerpt').textContent()) ?? '';
    expect(excerpt).toContain('трёх лет');
    expect(excerpt).not.toContain('трех');
  });

  it('mentors and sites are found, each in its own section', async () => {
    const mentor = await resultsFor(page, 'Белова');
    expect(mentor.urls).toContain('/mentors/belova-galina-petrovna/');
    await expect(page.locator('#search-results li', { has: page.locator('a[href="/mentors/belova-galina-petrovna/"]') }).locator('.search-result-info').textContent()).resolves.toBe('Наставник');
    await expect(page.getByRole('checkbox', { name: /^Наставники\s?, \d+\sрезультат/ }).count()).resolves.toBe(1);
    const site = await resultsFor(page, 'цифровая лаборатория');
    expect(site.urls).toContain('/sites/oosh-5-cifrovaya-laboratoriya/');
    await expect(page.getByRole('checkbox', { name: /^Площадки\s?, \d+\sрезультат/ }).count()).resolves.toBe(1);
  });

  it('the two search forms on /search/ are landmarks with different names', async () => {
    await resultsFor(page, 'ИОМ');
    const axe = await new AxeBuilder({ page }).withRules(['landmark-unique', 'landmark-no-duplicate-banner']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    const names = await page.locator('form[role="search"]').evaluateAll((fs) => fs.map((f) => f.getAttribute('aria-label')));
    expect(names).toHaveLength(2);
    expect(new Set(names).size).toBe(2);
  });

  it('filters show counts, are labelled checkboxes, and go into the address', async () => {
    await resultsFor(page, 'наставник');
    const legends = await page.locator('#search-filters legend').allTextContents();
    expect(legends).toContain('Раздел');
    // The eye sees «Материалы (9)»; a screen reader hears the count with its word, «Материалы, 9 результатов».
    const label = page.locator('#search-filters label').filter({ has: page.locator('input[value="Материалы"]') });
    const shown = await label.evaluate((l) => {
      const seen = l.cloneNode(true) as HTMLElement;
      seen.querySelectorAll('.visually-hidden').forEach((n) => n.remove());
      return seen.textContent!.trim();
    });
    const n = Number(/^Материалы \((\d+)\)$/.exec(shown)![1]);
    const box = page.getByRole('checkbox', { name: new RegExp(`^Материалы\\s?, ${countOf(n, RESULT_FORMS).replace('\u00a0', '[\\s\u00a0]')}$`) });
    expect(await box.count()).toBe(1);
    await box.focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(() => location.search.includes('section='));
    expect(decodeURIComponent(new URL(page.url()).search)).toContain('section=Материалы');
    await expect(page.getByRole('checkbox', { name: /^Материалы/ }).isChecked()).resolves.toBe(true);
  });

  it('the header box shows results as you type, fetching the index only then', async () => {
    const { page: home } = await openPage(browser, '/');
    const fetched: string[] = [];
    home.on('request', (r) => { if (r.url().includes('/pagefind/')) fetched.push(r.url()); });
    await home.waitForTimeout(300);
    expect(fetched).toEqual([]);
    await home.locator('#header-q').fill('шаблон ИОМ');
    const panel = home.locator('#header-search-panel');
    await panel.waitFor({ state: 'visible' });
    await home.waitForFunction(() => document.querySelectorAll('#header-search-panel li').length > 0);
    await expect(home.locator('#header-search-panel li a').first().getAttribute('href')).resolves.toBe('/materials/shablon-iom-na-god/');
    expect(fetched.length).toBeGreaterThan(0);
    await home.keyboard.press('Escape');
    await expect(panel.isHidden()).resolves.toBe(true);
    // A misspelt word: the box has no filters to remove, and offers the word the site has, on the search page.
    await home.locator('#header-q').fill('наставнечество');
    await home.locator('#header-search-panel .search-suggestion a').waitFor();
    const said = (await home.locator('#header-search-panel [role="status"]').textContent())!;
    expect(said).toMatch(/^По запросу «наставнечество» ничего не найдено\./);
    expect(said).not.toMatch(/фильтр/);
    await expect(home.locator('#header-search-panel .search-suggestion a').getAttribute('href')).resolves.toBe(`/search/?q=${encodeURIComponent('наставничество')}`);
    await home.context().close();
  });

  it('on a phone the header box\'s panel of results stays on the screen', async () => {
    const { page: phone, errors } = await openPage(browser, '/', { viewport: { width: 375, height: 800 } });
    await phone.locator('#header-q').fill('ИОМ');
    await phone.waitForFunction(() => document.querySelectorAll('#header-search-panel li').length > 0);
    const box = (await phone.locator('#header-search-panel').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    const input = (await phone.locator('#header-q').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(input.y + input.height); // under the box, not over it
    expect(errors).toEqual([]);
    await phone.context().close();
  });

  it('without JavaScript the search page explains what to do', async () => {
    const { page: plain } = await openPage(browser, '/search/?q=ИОМ', { javaScriptEnabled: false });
    await expect(plain.locator('main').textContent()).resolves.toMatch(/работает в браузере с включённым JavaScript/);
    await expect(plain.locator('.search-note').textContent()).resolves.toMatch(/разделы: материалы, кейсы/);
    // The filters need the script: no empty «Фильтры» panel without it, and the note takes the full width.
    await expect(plain.locator('[data-filter-panel]').isVisible()).resolves.toBe(false);
    const [note, form] = await Promise.all([plain.locator('.search-note').boundingBox(), plain.locator('#search-form').boundingBox()]);
    expect(note!.x).toBeCloseTo(form!.x, 0);
    await plain.context().close();
  });

  it('no errors in the console during all of the above', () => {
    expect(errors).toEqual([]);
  });
});

describe.skipIf(!hasChromium)('search over an index split into several bundles (the fixture site, two records per bundle)', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launchBrowser(); });
  afterAll(async () => { await browser?.close(); });

  it('finds records from every bundle, as one index would', async () => {
    const base = inject('fixtureUrl');
    const manifest = JSON.parse(fs.readFileSync(path.join(FIXTURE_DIST, 'pagefind/portal.json'), 'utf8')) as { shards: string[] };
    expect(manifest.shards.length).toBeGreaterThanOrEqual(2);
    const expected: [string, string][] = [
      ['семинар для наставников', '/events/hostile-event/'],
      ['программа развития', '/programmes/hostile-programme/'],
      ['доля педагогов', '/indicators/hostile-indicator/'],
      ['урок из Word', '/materials/hostile-material/'],
    ];
    const { page } = await openPage(browser, '/search/', { base });
    for (const [q, url] of expected) {
      await page.goto(`${base}/search/?q=${encodeURIComponent(q)}`);
      await page.locator('#search-results li a').first().waitFor();
      const urls = await page.locator('#search-results li a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(urls, q).toContain(url);
    }
    await page.context().close();
  });
});
