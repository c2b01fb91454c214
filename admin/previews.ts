/** CMS previews that look like the site: the site's Markdown renderer and CSS, a programme's passport, an indicator's chart and table from the same modules as the site's pages. */
import { createElement as h, useEffect, useRef, useState, type ReactNode } from 'react';
import { renderMarkdown } from '../src/lib/markdown.ts';
import { passportRows } from '../src/lib/passport.ts';
import { indicatorChartData, type ChartData } from '../src/lib/chart-data.ts';
import { formatIndicatorValue, formatPlan, summarizeIndicator } from '../src/lib/indicator-summary.ts';
import { indicatorYears, INDICATOR_STATUS_LABELS, type IndicatorData, type IndicatorValue, type IndicatorYear } from '../src/lib/status.ts';
import { drawIndicatorChart } from '../src/scripts/indicator-chart.ts';
import { collections, INDICATOR_UNITS } from '../src/schema/collections.ts';

type Data = Record<string, any>;
interface Immutable { get(key: 'data'): { toJS(): Data } | undefined }
interface PreviewProps { entry: Immutable; getCollection?: (collection: string, slug: string) => Promise<Immutable | undefined> }
interface Cms { registerPreviewTemplate(name: string, component: (props: PreviewProps) => ReactNode): void }

const dataOf = (props: PreviewProps): Data => props.entry.get('data')?.toJS() ?? {};
const html = (source: string | undefined) => h('div', { className: 'prose', dangerouslySetInnerHTML: { __html: renderMarkdown(source) } });

function page(title: string | undefined, ...children: ReactNode[]) {
  return h('main', { className: 'container', style: { padding: '1.5rem' } }, h('h1', null, title || 'Без названия'), ...children);
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
    unit: d.unit in INDICATOR_UNITS ? d.unit : 'count',
    direction: d.direction === 'lower' ? 'lower' : 'higher',
    targets: rows(d.targets),
    actuals: rows(d.actuals).map((a) => ({ ...a, demo: a.demo === true })),
    baseline: baseline?.year !== undefined ? baseline : undefined,
    final_target: one(d.final_target),
  } as IndicatorData;
}

/** The last year of the indicator's programme, for a final target without its own year. */
function useProgrammeEnd(props: PreviewProps, programme: string | undefined): number | undefined {
  const [end, setEnd] = useState<number>();
  useEffect(() => {
    let live = true;
    if (programme && props.getCollection) {
      props.getCollection('programmes', programme)
        .then((p) => { if (live) setEnd(p?.get('data')?.toJS()?.period?.end); })
        .catch(() => undefined);
    }
    return () => { live = false; };
  }, [programme]);
  return end;
}

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
    h('figcaption', { className: 'chart-actions' }, h('span', { className: 'muted' }, 'Пунктир с квадратами — план, сплошная линия с кругами — факт. Те же числа — в таблице ниже.')));
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
  return page(d.title,
    d.code ? h('p', { className: 'muted' }, `Показатель ${d.code}${d.group ? ` · ${d.group}` : ''}`) : null,
    years.length ? h('p', { className: 'lead' }, summarizeIndicator(i, years)) : null,
    chartData.labels.length ? h(Chart, { data: chartData, label: `График: план и факт по годам, ${unit}` }) : null,
    h('div', { className: 'table-scroll' },
      h('table', { className: 'indicator-table' },
        h('caption', null, caption),
        h('thead', null, h('tr', null, ...['Год', 'План', 'Факт', 'Статус', 'Примечание'].map((c) => h('th', { key: c, scope: 'col' }, c)))),
        h('tbody', null,
          i.baseline ? h('tr', { key: 'baseline' }, h('th', { scope: 'row' }, String(i.baseline.year)), h('td', { colSpan: 2 }, `Базовое значение: ${fmt(i.baseline.value)}`), h('td'), h('td')) : null,
          ...years.map((y) => h('tr', { key: y.year, 'data-year': y.year },
            h('th', { scope: 'row' }, String(y.year)),
            planCell(y),
            h('td', { 'data-cell': 'fact' }, fmt(y.actual), y.demo ? h('span', { className: 'demo-mark' }, ' (демо)') : null),
            h('td', null, h('span', { className: `status status-${y.status}`, 'data-status': y.status }, INDICATOR_STATUS_LABELS[y.status])),
            h('td', null, [y.note, y.source && `Источник: ${y.source}`].filter(Boolean).join('. ')))),
          years.length === 0 ? h('tr', null, h('td', { colSpan: 5 }, 'Плановые и фактические значения пока не заданы.')) : null))),
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
