import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Browser } from 'playwright-core';
import { hasChromium, launchBrowser, openPage } from './browser.ts';
import { parseCsv } from '../../src/lib/csv.ts';
import { INDICATOR_STATUS_LABELS } from '../../src/lib/status.ts';

const fromContent = (slug: string) => parse(fs.readFileSync(path.resolve('content/indicators', `${slug}.yaml`), 'utf8'));
const normal = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();

describe.skipIf(!hasChromium)('programmes and indicators in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launchBrowser(); });
  afterAll(async () => { await browser?.close(); });

  it('an indicator chart is drawn, and the table beside it holds exactly the numbers of the content file', async () => {
    const slug = 'leninsk-kuznetskiy-mo-1';
    const data = fromContent(slug);
    const { page, errors, foreignRequests } = await openPage(browser, `/indicators/${slug}/`);
    const canvas = page.locator('canvas[data-indicator-chart]');
    await canvas.waitFor();
    await page.waitForFunction(() => {
      const c = document.querySelector<HTMLCanvasElement>('canvas[data-indicator-chart]')!;
      const px = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let coloured = 0;
      for (let k = 0; k < px.length; k += 4) if (px[k + 3] > 0 && (px[k] < 200 || px[k + 2] < 200)) coloured++;
      return coloured > 500;
    });
    const rows = await page.locator('table.indicator-table tbody tr[data-year]').evaluateAll((trs) => trs.map((tr) => ({
      year: Number((tr as HTMLElement).dataset.year),
      plan: tr.querySelector('[data-cell="plan"]')!.textContent!,
      fact: tr.querySelector('[data-cell="fact"]')!.textContent!,
    })));
    const num = (s: string) => (/^\s*—/.test(s) ? undefined : Number(s.replace(/[^\d,.-]/g, '').replace(',', '.')));
    const years = [...new Set([...data.targets.map((t: { year: number }) => t.year), ...data.actuals.map((a: { year: number }) => a.year)])].sort();
    expect(rows.map((r) => r.year)).toEqual(years);
    for (const r of rows) {
      expect(num(r.plan)).toBe(data.targets.find((t: { year: number }) => t.year === r.year)?.value);
      expect(num(r.fact)).toBe(data.actuals.find((a: { year: number }) => a.year === r.year)?.value);
    }
    await expect(page.locator('.demo-note').textContent()).resolves.toMatch(/Демонстрационные данные/);
    await expect(page.locator('[data-summary]').textContent()).resolves.toMatch(/^В \d{4} году: факт/);
    await expect(page.locator('[data-chart-png]').isVisible()).resolves.toBe(true);
    // On paper the key to the lines stays; only the PNG link goes.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.chart-actions .muted').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-chart-png]').isVisible()).resolves.toBe(false);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('in the white-on-black version the chart is redrawn white on black', async () => {
    const { page, errors } = await openPage(browser, '/indicators/leninsk-kuznetskiy-mo-1/');
    const corner = () => page.evaluate(() => {
      const c = document.querySelector<HTMLCanvasElement>('canvas[data-indicator-chart]')!;
      return [...c.getContext('2d')!.getImageData(1, 1, 1, 1).data].slice(0, 3).join(',');
    });
    await expect.poll(corner).toBe('255,255,255');
    await page.locator('.vision summary').click();
    await page.locator('.vision input[name="vision-scheme"][value="white-on-black"]').check();
    await expect.poll(corner).toBe('0,0,0');
    // The plot itself is drawn in white: many light pixels on the black background.
    const light = await page.evaluate(() => {
      const c = document.querySelector<HTMLCanvasElement>('canvas[data-indicator-chart]')!;
      const px = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let k = 0; k < px.length; k += 4) if (px[k] > 200 && px[k + 1] > 200 && px[k + 2] > 200) n++;
      return n;
    });
    expect(light).toBeGreaterThan(300);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('without JavaScript the indicator page still has the summary and the table', async () => {
    const { page } = await openPage(browser, '/indicators/odintsovo-mms-1/', { javaScriptEnabled: false });
    await expect(page.locator('table.indicator-table tbody tr').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('[data-summary]').textContent().then((t) => normal(t!))).resolves.toMatch(/итоговом плане 60 % на 2026 год — показатель достигнут/);
    // The badge says what the summary says, and the final target shows its value as well as its year.
    await expect(page.locator('main p:has-text("Текущий статус") .status').getAttribute('data-status')).resolves.toBe('achieved');
    await expect(page.locator('.term-row:has(dt:text("Итоговое плановое значение")) dd').textContent().then((t) => normal(t!))).resolves.toBe('60 % на 2026 год');
    const chart = JSON.parse((await page.locator('canvas[data-indicator-chart]').getAttribute('data-indicator-chart'))!);
    expect(chart.labels).toEqual(['2023', '2024', '2025', '2026']);
    await page.context().close();
  });

  it('an indicator with no numbers shows its table, with no empty chart and no switch', async () => {
    const { page } = await openPage(browser, '/indicators/terskiy-mms-1-1/');
    await expect(page.locator('canvas').count()).resolves.toBe(0);
    await expect(page.locator('[data-view="table"]').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-view-switch]').isVisible()).resolves.toBe(false);
    await page.context().close();
  });

  it('roadmap filters change the rows shown and the status counts', async () => {
    const { page, errors } = await openPage(browser, '/programmes/odintsovo-mms/');
    const visibleRows = () => page.locator('[data-roadmap] tbody tr:not([hidden])').count();
    const countsSum = () => page.locator('[data-roadmap] [data-count]').evaluateAll((els) => els.reduce((s, e) => s + Number(e.textContent), 0));
    const all = await visibleRows();
    expect(await countsSum()).toBe(all);
    await page.selectOption('[data-roadmap-filters] select[name="year"]', '2023');
    const in2023 = await visibleRows();
    expect(in2023).toBeLessThan(all);
    expect(in2023).toBeGreaterThan(0);
    expect(await countsSum()).toBe(in2023);
    const status = await page.locator('[data-roadmap-filters] select[name="status"] option').nth(1).getAttribute('value');
    await page.selectOption('[data-roadmap-filters] select[name="status"]', status!);
    const statuses = await page.locator('[data-roadmap] tbody tr:not([hidden])').evaluateAll((trs) => trs.map((t) => (t as HTMLElement).dataset.status));
    expect(new Set(statuses)).toEqual(new Set(statuses.length ? [status] : []));
    await page.click('[data-roadmap-filters] button[type="reset"]');
    await expect.poll(visibleRows).toBe(all);
    await expect(page.locator('[data-roadmap-total]').textContent()).resolves.toMatch(/из/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the roadmap has a «Ответственные» column only when the document names someone responsible', async () => {
    const headers = async (slug: string) => {
      const { page } = await openPage(browser, `/programmes/${slug}/`, { javaScriptEnabled: false });
      const result = {
        columns: await page.locator('[data-roadmap] thead th').allTextContents(),
        note: await page.locator('[data-roadmap] [data-no-responsible]').count(),
        cells: await page.locator('[data-roadmap] tbody tr').first().locator('td').count(),
      };
      await page.context().close();
      return result;
    };
    const none = await headers('odintsovo-mms');
    expect(none.columns).not.toContain('Ответственные');
    expect(none.cells).toBe(none.columns.length);
    expect(none.note).toBe(1);
    const named = await headers('terskiy-mms');
    expect(named.columns).toContain('Ответственные');
    expect(named.cells).toBe(named.columns.length);
    expect(named.note).toBe(0);
  });

  it('an indicator\'s table has a «Примечание» column only when some year has a note, and every row fills its columns', async () => {
    const table = async (slug: string) => {
      const { page } = await openPage(browser, `/indicators/${slug}/`, { javaScriptEnabled: false });
      const result = {
        columns: await page.locator('table.indicator-table thead th').allTextContents(),
        cells: await page.locator('table.indicator-table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].reduce((n, c) => n + ((c as HTMLTableCellElement).colSpan || 1), 0))),
        notes: await page.locator('table.indicator-table tbody td[data-label="Примечание"]').allTextContents(),
      };
      await page.context().close();
      return result;
    };
    const hasNote = (slug: string) => fromContent(slug).actuals?.some((a: { note?: string; source?: string }) => a.note || a.source);
    expect(hasNote('leninsk-kuznetskiy-mo-1')).toBeFalsy();
    const none = await table('leninsk-kuznetskiy-mo-1');
    expect(none.columns).toEqual(['Год', 'План', 'Факт', 'Статус']);
    for (const n of none.cells) expect(n).toBe(4);
    expect(hasNote('borodino-mms-3')).toBeTruthy();
    const noted = await table('borodino-mms-3');
    expect(noted.columns).toContain('Примечание');
    for (const n of noted.cells) expect(n).toBe(noted.columns.length);
    expect(noted.notes.join(' ')).toContain('Сайт МКУ «Центр образования»');
  });

  it('the roadmap downloads (CSV and JSON) hold the rows and statuses of the programme page\'s table', async () => {
    const { page, errors } = await openPage(browser, '/programmes/odintsovo-mms/');
    const table = await page.locator('[data-roadmap] tbody tr').evaluateAll((trs) => trs.map((t) => (t as HTMLElement).dataset.status));
    const csvHref = await page.locator('a[href$="roadmap.csv"]').getAttribute('href');
    const jsonHref = await page.locator('a[href$="roadmap.json"]').getAttribute('href');
    const csv = await page.evaluate(async (u) => (await fetch(u)).text(), csvHref!);
    const rows = parseCsv(csv);
    expect(rows.slice(1)).toHaveLength(table.length);
    const json = await page.evaluate(async (u) => (await fetch(u)).json(), jsonHref!) as { roadmap: { status: string; status_label: string }[] };
    expect(json.roadmap.map((r) => r.status)).toEqual(table);
    expect(rows.slice(1).map((r) => r.at(-1))).toEqual(json.roadmap.map((r) => r.status_label));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('on a phone each row of the roadmap, an indicator\'s years, the report\'s indicators and the programme comparison is a card whose last cell is on screen and labelled', async () => {
    const { page } = await openPage(browser, '/programmes/odintsovo-mms/', { viewport: { width: 375, height: 800 }, javaScriptEnabled: false });
    const cases = [['/programmes/odintsovo-mms/', '[data-roadmap] table', 'Статус'], ['/indicators/odintsovo-mms-10/', '.indicator-table', 'Статус'], ['/programmes/odintsovo-mms/report/2024/', '[data-indicator-table]', 'Статус'], ['/indicators/', 'table.compare', 'нет данных']];
    for (const [url, table, label] of cases) {
      await page.goto(new URL(url, page.url()).href);
      const cell = page.locator(`${table} tbody tr`).first().locator(`td[data-label="${label}"]`);
      const box = (await cell.boundingBox())!;
      expect(box.x + box.width, url).toBeLessThanOrEqual(375);
      expect(await cell.evaluate((td) => getComputedStyle(td, '::before').content), url).toBe(`"${label}: "`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), url).toBeLessThanOrEqual(375);
    }
    // On a wide screen a badge stays on one line.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(new URL('/programmes/terskiy-mms/', page.url()).href);
    const badge = page.locator('[data-roadmap] tbody .status').first();
    const lineHeight = await badge.evaluate((e) => parseFloat(getComputedStyle(e).lineHeight) || parseFloat(getComputedStyle(e).fontSize) * 1.6);
    expect((await badge.boundingBox())!.height).toBeLessThan(lineHeight * 1.5);
    await page.context().close();
  });

  it('the yearly public report prints to an A4 PDF of sane length with no table row cut across pages', async () => {
    const { page } = await openPage(browser, '/programmes/odintsovo-mms/report/2023/');
    // On screen the report offers the data behind its tables; the links that exist are served.
    const downloads = await page.locator('[data-report-downloads] a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(downloads.map((h) => h.split('/').pop())).toEqual(['indicators.csv', 'indicators.json', 'roadmap.csv', 'roadmap.json']);
    for (const h of downloads) expect((await page.request.get(h)).status(), h).toBe(200);
    await page.emulateMedia({ media: 'print' });
    const rowsSplit = await page.evaluate(() => [...document.querySelectorAll('tr')].filter((tr) => getComputedStyle(tr).breakInside !== 'avoid').length);
    expect(rowsSplit).toBe(0);
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    const file = path.join(os.tmpdir(), 'report-2023.pdf');
    fs.writeFileSync(file, pdf);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(12);
    const overflow = await page.evaluate(() => [...document.querySelectorAll('table')].some((t) => t.scrollWidth > t.parentElement!.clientWidth + 1));
    expect(overflow).toBe(false);
    // Links, notes and badges inside a cell print no larger than the cell's own text.
    const larger = await page.evaluate(() => [...document.querySelectorAll('td a, td .muted, td .status')]
      .filter((el) => parseFloat(getComputedStyle(el).fontSize) > parseFloat(getComputedStyle(el.closest('td')!).fontSize))
      .map((el) => el.textContent));
    expect(larger).toEqual([]);
    await page.context().close();
  });

  it('on paper the report\'s indicator names get the room and a long status wraps in its narrow column', async () => {
    // 680 CSS px: the width of an A4 page inside the report's 15 mm margins.
    const { page } = await openPage(browser, '/programmes/odintsovo-mms/report/2024/', { viewport: { width: 680, height: 900 } });
    await page.emulateMedia({ media: 'print' });
    const widths = await page.locator('[data-indicator-table] thead th').evaluateAll((ths) => Object.fromEntries(ths.map((th) => [th.textContent!.trim(), th.getBoundingClientRect().width])));
    const table = await page.locator('[data-indicator-table]').evaluate((t) => t.getBoundingClientRect().width);
    expect(await page.locator('[data-indicator-table] .status-toward_final').count(), 'the demo report has a long status').toBeGreaterThan(0);
    expect(widths['Показатель']).toBe(Math.max(...Object.values(widths)));
    expect(widths['Статус']).toBeLessThan(table / 5);
    await page.context().close();
  });

  it('every yearly report: the status counts are the counts of the table, and each row\'s status is the one the indicator\'s page gives that year', async () => {
    const reports = fs.readdirSync(path.resolve('dist/programmes'), { withFileTypes: true }).filter((d) => d.isDirectory())
      .flatMap((d) => {
        const dir = path.resolve('dist/programmes', d.name, 'report');
        return fs.existsSync(dir) ? fs.readdirSync(dir).map((year) => `/programmes/${d.name}/report/${year}/`) : [];
      });
    expect(reports.length).toBeGreaterThan(10);
    const { page } = await openPage(browser, reports[0]);
    const rows: { href: string; status: string; year: number; url: string }[] = [];
    for (const url of reports) {
      await page.goto(new URL(url, page.url()).href);
      const summary = await page.locator('[data-indicator-counts] [data-count]').evaluateAll((els) => Object.fromEntries(els.map((e) => [(e as HTMLElement).dataset.count, Number(e.textContent)])));
      const table = await page.locator('[data-indicator-table] tbody .status').evaluateAll((els) => {
        const counts: Record<string, number> = {};
        for (const e of els) { const s = (e as HTMLElement).dataset.status!; counts[s] = (counts[s] ?? 0) + 1; }
        return counts;
      });
      expect(summary, url).toEqual(table);
      const year = Number(url.match(/report\/(\d{4})\//)![1]);
      for (const row of await page.locator('[data-indicator-table] tbody tr').evaluateAll((trs) => trs.map((tr) => ({
        href: tr.querySelector('a')!.getAttribute('href')!, status: tr.querySelector<HTMLElement>('.status')!.dataset.status!,
      })))) rows.push({ ...row, year, url });
    }
    // A report and the indicator's own page judge a year alike (a fact that meets the final plan early is achieved on both).
    const byIndicator = Map.groupBy(rows, (r) => r.href);
    for (const [href, list] of byIndicator) {
      await page.goto(new URL(href, page.url()).href);
      const own = await page.locator('table.indicator-table tbody tr[data-year]').evaluateAll((trs) => Object.fromEntries(trs.map((tr) => [(tr as HTMLElement).dataset.year, tr.querySelector<HTMLElement>('.status')!.dataset.status])));
      for (const r of list) expect(r.status, `${r.url}: ${href}`).toBe(own[r.year] ?? 'no_data');
      // The badge under the title is the latest fact's row of that table.
      const latestFact = await page.locator('table.indicator-table tbody tr[data-year]').evaluateAll((trs) => trs.filter((tr) => !/^\s*—/.test(tr.querySelector('[data-cell="fact"]')!.textContent!)).map((tr) => tr.querySelector<HTMLElement>('.status')!.dataset.status).at(-1));
      const badge = await page.locator('[data-summary] + p .status').getAttribute('data-status');
      expect(badge, href).toBe(latestFact ?? 'no_data');
    }
    expect(rows.some((r) => r.status === 'achieved')).toBe(true);
    await page.context().close();
  });

  it('on a dashboard card the «демо» mark stays on its status badge\'s line, on a phone and on a wide screen', async () => {
    for (const width of [375, 1280]) {
      const { page } = await openPage(browser, '/programmes/borodino-mms/indicators/', { viewport: { width, height: 900 } });
      const pairs = await page.locator('.indicator-card:has(.demo-mark)').evaluateAll((cards) => cards.map((card) => {
        const badge = card.querySelector('.status')!.getBoundingClientRect();
        const mark = card.querySelector('.demo-mark')!.getBoundingClientRect();
        return { badge: { top: badge.top, bottom: badge.bottom, right: badge.right }, mark: { middle: (mark.top + mark.bottom) / 2, left: mark.left, right: mark.right, height: mark.height }, card: card.getBoundingClientRect().right };
      }));
      expect(pairs.length).toBeGreaterThan(1);
      for (const { badge, mark, card } of pairs) {
        expect(mark.middle, `${width}px: the mark beside its badge`).toBeGreaterThan(badge.top);
        expect(mark.middle).toBeLessThan(badge.bottom);
        expect(mark.left).toBeGreaterThanOrEqual(badge.right);
        expect(mark.right).toBeLessThanOrEqual(card);
      }
      await page.context().close();
    }
  });

  it('a page whose cards carry the «демо» mark says what the mark means, on the all-programmes page too', async () => {
    for (const pathname of ['/indicators/', '/programmes/borodino-mms/indicators/']) {
      const { page } = await openPage(browser, pathname, { javaScriptEnabled: false });
      const mark = normal((await page.locator('.indicator-card .demo-mark').first().textContent())!);
      const notes = page.getByRole('note').filter({ hasText: 'Демонстрационные данные' });
      expect(await notes.count(), `${pathname} explains its demo data`).toBe(1);
      const note = normal((await notes.textContent())!);
      expect(note, pathname).toContain(`отмеченные «${mark}»`);
      await page.context().close();
    }
  });

  it('a programme\'s span of years («2021–2023») never breaks after its dash, in the list of programmes and on the home page', async () => {
    for (const [pathname, width] of [['/programmes/', 1280], ['/programmes/', 375], ['/', 1280], ['/', 375]] as const) {
      const { page } = await openPage(browser, pathname, { viewport: { width, height: 900 } });
      const spans = await page.locator('.card-meta').evaluateAll((metas) => metas.flatMap((meta) => {
        const text = meta.firstChild!;
        return [...text.textContent!.matchAll(/\d{4}–\u2060?\d{4}/g)].map((m) => {
          const range = document.createRange();
          range.setStart(text, m.index!);
          range.setEnd(text, m.index! + m[0].length);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          return { span: m[0], lines: lines.size };
        });
      }));
      expect(spans.length, `${pathname} at ${width}px lists programmes`).toBeGreaterThan(0);
      for (const s of spans) expect(s.lines, `${pathname} at ${width}px: ${s.span}`).toBe(1);
      await page.context().close();
    }
  });

  it('the programme page\'s link to its indicators says how many, with the word a screen reader needs', async () => {
    const { page } = await openPage(browser, '/programmes/terskiy-mms/');
    const n = fs.readdirSync(path.resolve('content/indicators')).filter((f) => f.startsWith('terskiy-mms-')).length;
    const link = page.getByRole('navigation', { name: 'Разделы программы' }).getByRole('link', { name: new RegExp(`^Показатели\\s*:\\s*${n}\\s+показател`) });
    await expect(link.count()).resolves.toBe(1);
    // The eye still reads the short «Показатели (15)».
    await expect(link.locator('[aria-hidden="true"]').textContent()).resolves.toBe(`(${n})`);
    await page.context().close();
  });

  it('a programme dashboard shows every indicator with its status in words', async () => {
    const { page } = await openPage(browser, '/programmes/terskiy-mms/indicators/');
    const cards = page.locator('.indicator-card');
    const n = fs.readdirSync(path.resolve('content/indicators')).filter((f) => f.startsWith('terskiy-mms-')).length;
    await expect(cards.count()).resolves.toBe(n);
    const labels = await page.locator('.indicator-card .status').allTextContents();
    for (const l of labels) expect(Object.values(INDICATOR_STATUS_LABELS)).toContain(normal(l));
    await page.context().close();
  });
  it('the open-data page lists the materials register and every programme download, each file has as many records as it says, and data.json points to the same files', async () => {
    const { page, errors, foreignRequests } = await openPage(browser, '/open-data/');
    const rows = await page.locator('#datasets-title ~ table tbody tr').evaluateAll((trs) => trs.map((tr) => ({
      id: tr.id,
      title: tr.querySelector('th')!.firstChild!.textContent!.trim(),
      records: Number(tr.querySelector('[data-label="Записей"]')!.textContent),
      links: [...tr.querySelectorAll<HTMLAnchorElement>('[data-label="Скачать"] a')].map((a) => a.getAttribute('href')!),
    })));
    // The materials register counts every material, and every programme of the content is there.
    expect(rows[0].id).toBe('materials');
    expect(rows[0].records).toBe(fs.readdirSync(path.resolve('content/materials')).filter((f) => f.endsWith('.md')).length);
    const programmes = fs.readdirSync(path.resolve('content/programmes')).length;
    expect(new Set(rows.slice(1).map((r) => r.id.replace(/-(indicators|roadmap)$/, ''))).size).toBe(programmes);
    for (const r of rows) {
      const [csvHref, jsonHref] = r.links;
      expect(csvHref).toMatch(/\.csv$/);
      const csv = parseCsv(await page.evaluate(async (u) => (await fetch(u)).text(), csvHref));
      expect(csv.length - 1, `${csvHref}`).toBe(r.records);
      const json = await page.evaluate(async (u) => { const res = await fetch(u); return { ok: res.ok, body: await res.json() }; }, jsonHref);
      expect(json.ok, jsonHref).toBe(true);
    }
    const catalogue = await page.evaluate(async () => (await fetch('/open-data/data.json')).json()) as { dataset: { title: string; distribution: { downloadURL: string }[] }[] };
    expect(catalogue.dataset.map((d) => d.title)).toEqual(rows.map((r) => r.title));
    // The page and the catalogue name the licence of content/settings.yaml.
    const license = parse(fs.readFileSync(path.resolve('content/settings.yaml'), 'utf8')).data_license;
    await expect(page.locator('[data-license]').getAttribute('href')).resolves.toBe(license);
    expect(new Set((catalogue.dataset as { license?: string }[]).map((d) => d.license))).toEqual(new Set([license]));
    expect(catalogue.dataset.map((d) => d.distribution.map((f) => new URL(f.downloadURL).pathname))).toEqual(rows.map((r) => r.links));
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });
});
