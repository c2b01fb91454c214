/** CMS previews that look like the site: the site's Markdown renderer and CSS, a material's facts and files, a case's steps, an event's dates, a programme's passport, an indicator's chart and table from the same modules as the site's pages. */
import { createElement as h, useEffect, useRef, useState, type ReactNode } from 'react';
import { renderMarkdown } from '../src/lib/markdown.ts';
import { passportRows } from '../src/lib/passport.ts';
import { chartKey, indicatorChartData, type ChartData } from '../src/lib/chart-data.ts';
import { formatIndicatorValue, formatPlan, indicatorTableColumns, summarizeIndicator, yearNote } from '../src/lib/indicator-summary.ts';
import { indicatorYears, INDICATOR_STATUS_LABELS, INDICATOR_STATUS_SYMBOLS, type IndicatorData, type IndicatorValue, type IndicatorYear } from '../src/lib/status.ts';
import { drawIndicatorChart } from '../src/scripts/indicator-chart.ts';
import { attachmentTitle, fileFormat, formatDate, formatDateRange } from '../src/lib/format.ts';
import { collections, eventSchema, INDICATOR_UNITS } from '../src/schema/collections.ts';
import { describeField } from '../src/schema/walk.ts';
import { compareTerms, MATERIAL_TERM_ROWS, termField, termsOf } from '../src/lib/taxonomy.ts';

type Data = Record<string, any>;
interface Immutable { get(key: 'data'): { toJS(): Data } | undefined }
/** Decap's getCollection(collection, slug) gives a shallow Map whose data is a plain object, not an Immutable one. */
interface Loaded { get(key: 'data'): Data | { toJS(): Data } | undefined }
interface PreviewProps { entry: Immutable; getCollection?: (collection: string, slug: string) => Promise<Loaded | undefined> }
interface Cms { registerPreviewTemplate(name: string, component: (props: PreviewProps) => ReactNode): void }

const dataOf = (props: PreviewProps): Data => props.entry.get('data')?.toJS() ?? {};
/** The data of an entry loaded through getCollection, whichever shape Decap gives it. */
const loadedData = (e: Loaded | undefined): Data | undefined => {
  const d = e?.get('data');
  return d && typeof (d as { toJS?: unknown }).toJS === 'function' ? (d as { toJS(): Data }).toJS() : (d as Data | undefined);
};
const html = (source: string | undefined) => h('div', { className: 'prose', dangerouslySetInnerHTML: { __html: renderMarkdown(source) } });

function page(title: string | undefined, ...children: ReactNode[]) {
  return h('main', { className: 'container', style: { padding: '1.5rem' } }, h('h1', null, title || 'Без названия'), ...children);
}

function articlePreview(props: PreviewProps) {
  const d = dataOf(props);
  return page(d.title ?? d.name, d.summary ? h('p', { className: 'lead' }, d.summary) : null, html(d.body));
}

/** A date from the form (YYYY-MM-DD, or a Date), or nothing while it is not a date. */
function formDate(v: unknown): Date | undefined {
  const d = v instanceof Date ? v : typeof v === 'string' && v ? new Date(v) : undefined;
  return d && !Number.isNaN(d.getTime()) ? d : undefined;
}

const termRow = (label: string, value: ReactNode) => h('div', { key: label, className: 'term-row' }, h('dt', null, label), h('dd', null, value));

/** A value read from each entry of a collection the form refers to (loaded through Decap), by the entry's slug. */
function useLoaded<T>(props: PreviewProps, collection: string, slugs: string[], pick: (data: Data) => T | undefined): Map<string, T> {
  const [values, setValues] = useState(new Map<string, T>());
  const key = slugs.join('\n');
  useEffect(() => {
    let live = true;
    if (props.getCollection) {
      Promise.all(slugs.map((slug) => props.getCollection!(collection, slug).then((e) => [slug, pick(loadedData(e) ?? {})] as const).catch(() => [slug, undefined] as const)))
        .then((pairs) => { if (live) setValues(new Map(pairs.filter((p): p is readonly [string, T] => p[1] !== undefined))); });
    }
    return () => { live = false; };
  }, [key]);
  return values;
}

/** Titles (or another text field) of the entries a form refers to. */
const useTitles = (props: PreviewProps, collection: string, slugs: string[], field = 'title') =>
  useLoaded(props, collection, slugs, (d) => (typeof d[field] === 'string' ? d[field] as string : undefined));

/** A term row as TermLinks writes it on the page: the terms' titles as links, in the form's order. */
function TermRow({ props, label, collection, slugs }: { props: PreviewProps; label: string; collection: string; slugs: string[] }) {
  const terms = useLoaded(props, collection, slugs, (d) => (typeof d.title === 'string' ? { title: d.title as string, order: typeof d.order === 'number' ? d.order : undefined } : undefined));
  const shown = slugs.map((slug) => ({ slug, ...(terms.get(slug) ?? { title: slug }) })).sort((a, b) => (terms.size ? compareTerms(a, b) : 0));
  return shown.length ? termRow(label, shown.flatMap((t, i) => [i > 0 ? ', ' : null, h('a', { key: t.slug, href: '#' }, t.title)])) : null;
}

/** A material as its page shows it: facts, files and links before the text. Related materials, cases and the citation come from the whole site and are left out. */
function materialPreview(props: PreviewProps) {
  const d = dataOf(props);
  const list = (v: unknown) => (Array.isArray(v) ? v : typeof v === 'string' && v ? [v] : []).filter((x): x is string => typeof x === 'string' && x !== '');
  const files = (Array.isArray(d.files) ? d.files : []) as { title?: string; path?: string }[];
  const links = (Array.isArray(d.links) ? d.links : []) as { title?: string; url?: string; kind?: string }[];
  const date = formDate(d.date);
  const updated = formDate(d.updated);
  const authors = list(d.authors);
  return page(d.title,
    d.demo ? h('p', { className: 'badge badge-demo' }, 'Демонстрационный материал') : null,
    d.summary ? h('p', { className: 'lead' }, d.summary) : null,
    h('dl', { className: 'terms' },
      ...MATERIAL_TERM_ROWS.map(({ taxonomy, label }) => h(TermRow, { key: taxonomy, props, label, collection: taxonomy, slugs: termsOf(d, termField(taxonomy)).filter((x) => typeof x === 'string' && x !== '') })),
      authors.length ? termRow('Авторы', authors.join(', ')) : null,
      d.organization ? termRow('Организация', d.organization) : null,
      date ? termRow('Опубликовано', formatDate(date)) : null,
      updated ? termRow('Обновлено', formatDate(updated)) : null),
    files.length ? h('section', null, h('h2', null, 'Файлы'), h('ul', { className: 'files' }, ...files.map((f, i) => h('li', { key: i }, h('a', { href: f.path }, f.path && f.title ? attachmentTitle(f.title, fileFormat(f.path)) : f.title || f.path), f.path ? ' ' : null, f.path ? h('span', { className: 'file-meta' }, fileFormat(f.path)) : null)))) : null,
    links.length ? h('section', null, h('h2', null, 'Ссылки и видео'), h('ul', { className: 'files' }, ...links.map((l, i) => h('li', { key: i }, h('a', { href: l.url }, l.title || l.url))))) : null,
    html(d.body),
  );
}

/** A case as its page shows it: goal, numbered steps with their materials, self-check questions, then the text. */
function casePreview(props: PreviewProps) {
  const d = dataOf(props);
  const steps = (Array.isArray(d.steps) ? d.steps : []) as { title?: string; material?: string; action?: string }[];
  const questions = (Array.isArray(d.questions) ? d.questions : []) as string[];
  const titles = useTitles(props, 'materials', steps.map((s) => s.material).filter((m): m is string => !!m));
  return page(d.title,
    d.summary ? h('p', { className: 'lead' }, d.summary) : null,
    h('h2', null, 'Цель'),
    h('p', null, d.goal || '—'),
    h('dl', { className: 'terms' },
      d.duration ? termRow('Продолжительность', d.duration) : null,
      formDate(d.date) ? termRow('Опубликовано', formatDate(formDate(d.date)!)) : null),
    h('section', null,
      h('h2', null, 'Шаги'),
      h('ol', { className: 'case-steps' }, ...steps.map((s, i) => h('li', { key: i },
        h('h3', null, s.title || `Шаг ${i + 1}`),
        s.material ? h('p', { className: 'step-material' }, 'Материал: ', h('a', { href: '#' }, titles.get(s.material) ?? s.material)) : null,
        h('p', null, h('strong', null, 'Что сделать:'), ' ', s.action ?? ''))))),
    questions.length ? h('section', null, h('h2', null, 'Вопросы для самопроверки'), h('ol', { className: 'questions' }, ...questions.map((q, i) => h('li', { key: i }, q)))) : null,
    html(d.body),
  );
}

const EVENT_KINDS = describeField('kind', eventSchema.shape.kind).meta.options ?? {};
const EVENT_FORMATS = describeField('format', eventSchema.shape.format).meta.options ?? {};

/** An event as its page shows it: kind, dates, format, place and programme before the text. */
function eventPreview(props: PreviewProps) {
  const d = dataOf(props);
  const start = formDate(d.start);
  const end = formDate(d.end);
  const programme = useTitles(props, 'programmes', d.programme ? [d.programme] : [], 'short_title');
  const format = EVENT_FORMATS[d.format ?? 'offline'];
  return page(d.title,
    d.summary ? h('p', { className: 'lead' }, d.summary) : null,
    h('dl', { className: 'terms' },
      d.kind ? termRow('Вид', EVENT_KINDS[d.kind] ?? d.kind) : null,
      start ? termRow('Дата', formatDateRange(start, end)) : null,
      format ? termRow('Формат', format) : null,
      d.place ? termRow('Место', d.place) : null,
      d.programme ? termRow('Программа', programme.get(d.programme) ?? d.programme) : null),
    html(d.body),
  );
}

function passport(d: Data) {
  const rows = passportRows(d);
  return h('dl', { className: 'terms passport' }, ...rows.map((r) => h('div', { key: r.label, className: 'term-row' },
    h('dt', null, r.label),
    h('dd', null, Array.isArray(r.value) ? h('ul', null, ...r.value.map((v, i) => h('li', { key: i }, v))) : r.value))));
}

function programmePreview(props: PreviewProps) {
  const d = dataOf(props);
  return page(d.title ?? d.short_title,
    d.summary ? h('p', { className: 'lead' }, d.summary) : null,
    h('h2', { id: 'passport' }, 'Паспорт'),
    passport(d),
    h('h2', null, 'Цель'),
    h('p', null, d.goal || '—'),
    html(d.body),
  );
}

const isValue = (v: unknown): v is number | boolean => typeof v === 'number' || typeof v === 'boolean';
const isYear = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

/** An indicator being edited as the site's indicator data: rows still missing a year or a value are left out. */
export function indicatorFromDraft(d: Data): IndicatorData {
  const rows = (list: unknown) => ((Array.isArray(list) ? list : []) as Data[]).filter((r) => isYear(r?.year) && isValue(r?.value));
  const one = (o: Data | undefined) => (o && isValue(o.value) ? { ...o, year: isYear(o.year) ? o.year : undefined } : undefined);
  const baseline = one(d.baseline);
  return {
    ...d,
    title: d.title ?? '',
    unit: d.unit in INDICATOR_UNITS ? d.unit : 'units',
    direction: d.direction === 'lower' ? 'lower' : 'higher',
    targets: rows(d.targets),
    actuals: rows(d.actuals).map((a) => ({ ...a, demo: a.demo === true })),
    baseline: baseline?.year !== undefined ? baseline : undefined,
    final_target: one(d.final_target),
  } as IndicatorData;
}

/** The last year of the indicator's programme, for a final target without its own year. */
const useProgrammeEnd = (props: PreviewProps, programme: string | undefined): number | undefined =>
  useLoaded(props, 'programmes', programme ? [programme] : [], (d) => (typeof d.period?.end === 'number' ? d.period.end as number : undefined)).get(programme ?? '');

/** The site's chart (src/scripts/indicator-chart.ts), drawn again whenever the numbers change. */
function Chart({ data, label }: { data: ChartData; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const json = JSON.stringify(data);
  useEffect(() => {
    const chart = canvas.current ? drawIndicatorChart(canvas.current, data) : undefined;
    return () => chart?.destroy();
  }, [json]);
  return h('figure', { className: 'chart' },
    h('div', { className: 'chart-box' }, h('canvas', { ref: canvas, role: 'img', 'aria-label': label })),
    h('figcaption', { className: 'chart-actions' }, h('span', { className: 'muted' }, chartKey(data))));
}

function indicatorPreview(props: PreviewProps) {
  const d = dataOf(props);
  const i = indicatorFromDraft(d);
  const programmeEnd = useProgrammeEnd(props, d.programme);
  const years = indicatorYears(i, programmeEnd ?? Math.max(0, ...i.targets.map((t) => t.year), ...i.actuals.map((a) => a.year)));
  const unit = INDICATOR_UNITS[i.unit];
  const fmt = (v: IndicatorValue | undefined) => formatIndicatorValue(v, i.unit);
  const planCell = (y: IndicatorYear) => {
    const plan = formatPlan(y, i.unit);
    return h('td', { 'data-cell': 'plan' }, plan.value, plan.note ? h('span', { className: 'muted' }, ` (${plan.note})`) : null);
  };
  const chartData = indicatorChartData(i, years);
  const caption = `План и факт по годам, ${unit}`;
  const { heads, notes: withNotes } = indicatorTableColumns(years);
  // A new indicator: without its unit no value can be written as the site writes it («15 %», «да»).
  if (!(d.unit in INDICATOR_UNITS)) {
    return page(d.title, h('p', { className: 'muted', 'data-no-unit': '' }, 'Выберите единицу измерения: после этого здесь появятся график и таблица плановых и фактических значений, как на странице показателя.'));
  }
  return page(d.title,
    d.code ? h('p', { className: 'muted' }, `Показатель ${d.code}${d.group ? ` · ${d.group}` : ''}`) : null,
    years.length ? h('p', { className: 'lead' }, summarizeIndicator(i, years)) : null,
    chartData.labels.length ? h(Chart, { data: chartData, label: `График: план и факт по годам, ${unit}` }) : null,
    h('div', { className: 'table-scroll' },
      h('table', { className: 'indicator-table' },
        h('caption', null, caption),
        h('thead', null, h('tr', null, ...heads.map((c) => h('th', { key: c, scope: 'col' }, c)))),
        h('tbody', null,
          i.baseline ? h('tr', { key: 'baseline' }, h('th', { scope: 'row' }, String(i.baseline.year)), h('td', { colSpan: 2 }, `Базовое значение: ${fmt(i.baseline.value)}`), h('td'), withNotes ? h('td') : null) : null,
          ...years.map((y) => h('tr', { key: y.year, 'data-year': y.year },
            h('th', { scope: 'row' }, String(y.year)),
            planCell(y),
            h('td', { 'data-cell': 'fact' }, fmt(y.actual), y.demo ? h('span', { className: 'demo-mark' }, ' (демо)') : null),
            h('td', null, h('span', { className: `status status-${y.status}`, 'data-status': y.status, 'data-symbol': INDICATOR_STATUS_SYMBOLS[y.status] }, INDICATOR_STATUS_LABELS[y.status])),
            withNotes ? h('td', null, yearNote(y)) : null)),
          years.length === 0 ? h('tr', null, h('td', { colSpan: heads.length }, 'Плановые и фактические значения пока не заданы.')) : null))),
    d.description ? h('p', null, d.description) : null,
  );
}

export function registerPreviews(cms: Cms): void {
  for (const c of collections) {
    if (c.name === 'programmes') cms.registerPreviewTemplate(c.name, programmePreview);
    else if (c.name === 'cases') cms.registerPreviewTemplate(c.name, casePreview);
    else if (c.name === 'events') cms.registerPreviewTemplate(c.name, eventPreview);
    else if (c.name === 'indicators') cms.registerPreviewTemplate(c.name, indicatorPreview);
    else if (c.name === 'materials') cms.registerPreviewTemplate(c.name, materialPreview);
    else if (c.format === 'md') cms.registerPreviewTemplate(c.name, articlePreview);
  }
}
