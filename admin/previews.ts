/** CMS previews that look like the site: the site's Markdown renderer and CSS, a programme's passport, an indicator's chart and table. */
import { createElement as h, type ReactNode } from 'react';
import { renderMarkdown } from '../src/lib/markdown.ts';
import { collections, programmeSchema, INDICATOR_UNITS } from '../src/schema/collections.ts';
import { describeFields } from '../src/schema/walk.ts';

type Data = Record<string, any>;
interface PreviewProps { entry: { get(key: 'data'): { toJS(): Data } } }
interface Cms { registerPreviewTemplate(name: string, component: (props: PreviewProps) => ReactNode): void }

const dataOf = (props: PreviewProps): Data => props.entry.get('data')?.toJS() ?? {};
const html = (source: string | undefined) => h('div', { className: 'prose', dangerouslySetInnerHTML: { __html: renderMarkdown(source) } });

function page(title: string | undefined, ...children: ReactNode[]) {
  return h('main', { className: 'container', style: { padding: '1.5rem' } }, h('h1', null, title || 'Без названия'), ...children);
}

/** Any value as readable text: lists joined, objects by their values, dates as written. */
function show(value: unknown): ReactNode {
  if (value === undefined || value === null || value === '') return '—';
  if (Array.isArray(value)) return h('ul', null, ...value.map((v, i) => h('li', { key: i }, show(typeof v === 'object' && v ? (v.title ?? v) : v))));
  if (typeof value === 'object') return Object.values(value as Data).filter((v) => v !== undefined && v !== '').map(String).join(' — ');
  return String(value);
}

function articlePreview(props: PreviewProps) {
  const d = dataOf(props);
  const files = (d.files ?? []) as { title?: string; path?: string }[];
  return page(d.title ?? d.name,
    d.summary ? h('p', { className: 'lead' }, d.summary) : null,
    html(d.body),
    files.length ? h('section', null, h('h2', null, 'Файлы'), h('ul', null, ...files.map((f, i) => h('li', { key: i }, h('a', { href: f.path }, f.title || f.path))))) : null,
  );
}

const PASSPORT = ['title', 'organization', 'municipality', 'region', 'period', 'approval', 'basis', 'mission', 'goal', 'tasks', 'developers', 'executors', 'financing', 'expected_results'];
const programmeLabels = new Map(describeFields(programmeSchema).map((f) => [f.name, f.meta.title]));

function programmePreview(props: PreviewProps) {
  const d = dataOf(props);
  const rows = PASSPORT.map((name) => h('tr', { key: name }, h('th', { scope: 'row' }, programmeLabels.get(name) ?? name), h('td', null, show(d[name]))));
  return page(d.short_title ?? d.title,
    h('table', { className: 'passport' }, h('caption', null, 'Паспорт программы'), h('tbody', null, ...rows)),
    html(d.body),
  );
}

interface YearValue { year?: number; value?: number | boolean }

/** Years with plan and fact side by side. */
export function indicatorRows(d: Data): { year: number; target?: number; actual?: number }[] {
  const num = (v: unknown) => (typeof v === 'boolean' ? Number(v) : typeof v === 'number' ? v : undefined);
  const years = new Map<number, { year: number; target?: number; actual?: number }>();
  const row = (y: number) => years.get(y) ?? years.set(y, { year: y }).get(y)!;
  for (const t of (d.targets ?? []) as YearValue[]) if (t.year) row(t.year).target = num(t.value);
  for (const a of (d.actuals ?? []) as YearValue[]) if (a.year) row(a.year).actual = num(a.value);
  return [...years.values()].sort((a, b) => a.year - b.year);
}

function chart(rows: ReturnType<typeof indicatorRows>, unit: string) {
  const max = Math.max(1, ...rows.flatMap((r) => [r.target ?? 0, r.actual ?? 0]));
  const w = 60, height = 160;
  const bar = (x: number, v: number | undefined, fill: string, key: string) => v === undefined ? null
    : h('rect', { key, x, y: height - (v / max) * height, width: 22, height: (v / max) * height, fill });
  return h('figure', null,
    h('svg', { role: 'img', 'aria-label': `План и факт по годам, ${unit}`, viewBox: `0 0 ${rows.length * w + 10} ${height + 20}`, width: '100%', style: { maxWidth: '40rem' } },
      ...rows.flatMap((r, i) => [
        bar(10 + i * w, r.target, '#9bb7d4', `t${r.year}`),
        bar(34 + i * w, r.actual, '#1f5f99', `a${r.year}`),
        h('text', { key: `y${r.year}`, x: 10 + i * w, y: height + 15, fontSize: 12 }, String(r.year)),
      ])),
    h('figcaption', null, 'Светлый столбец — план, тёмный — факт'));
}

function indicatorPreview(props: PreviewProps) {
  const d = dataOf(props);
  const unit = (INDICATOR_UNITS as Record<string, string>)[d.unit] ?? '';
  const rows = indicatorRows(d);
  const cell = (v: number | undefined) => (v === undefined ? '—' : String(v));
  return page(d.title,
    d.code ? h('p', null, `Показатель ${d.code}, ${unit}`) : null,
    rows.length ? chart(rows, unit) : h('p', null, 'Плановые и фактические значения ещё не заполнены'),
    h('table', null,
      h('caption', null, `Плановые и фактические значения, ${unit}`),
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Год'), h('th', { scope: 'col' }, 'План'), h('th', { scope: 'col' }, 'Факт'))),
      h('tbody', null, ...rows.map((r) => h('tr', { key: r.year }, h('th', { scope: 'row' }, String(r.year)), h('td', null, cell(r.target)), h('td', null, cell(r.actual)))))),
    d.description ? h('p', null, d.description) : null,
  );
}

export function registerPreviews(cms: Cms): void {
  for (const c of collections) {
    if (c.name === 'programmes') cms.registerPreviewTemplate(c.name, programmePreview);
    else if (c.name === 'indicators') cms.registerPreviewTemplate(c.name, indicatorPreview);
    else if (c.format === 'md') cms.registerPreviewTemplate(c.name, articlePreview);
  }
}
