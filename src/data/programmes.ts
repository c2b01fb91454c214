/** Programmes with their indicators and computed statuses, loaded once for every programme and indicator page. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildDate } from '../lib/build-date.ts';
import { roadmapRows, type RoadmapRow } from '../lib/roadmap.ts';
import { assessIndicator, indicatorYears, type IndicatorAssessment, type IndicatorData, type IndicatorStatus, type IndicatorYear } from '../lib/status.ts';
import { summarizeIndicator } from '../lib/indicator-summary.ts';
import { datedPageCacheKey } from './site.ts';

export type ProgrammeData = CollectionEntry<'programmes'>['data'];

export interface IndicatorView {
  data: IndicatorData;
  years: IndicatorYear[];
  status: IndicatorStatus;
  assessment: IndicatorAssessment;
  summary: string;
  hasDemo: boolean;
}

export interface ProgrammeView {
  entry: CollectionEntry<'programmes'>;
  data: ProgrammeData;
  roadmap: RoadmapRow[];
  indicators: IndicatorView[];
}

const byCode = (a: IndicatorData, b: IndicatorData) => a.code.localeCompare(b.code, 'ru', { numeric: true });

export function indicatorView(data: IndicatorData, programmeEnd: number): IndicatorView {
  const years = indicatorYears(data, programmeEnd);
  // The badge and the summary sentence share one assessment, so they cannot disagree.
  const assessment = assessIndicator(years);
  return { data, years, status: assessment.status, assessment, summary: summarizeIndicator(data, years, assessment), hasDemo: years.some((y) => y.demo) };
}

let cache: ProgrammeView[] | undefined;

/** Every programme, newest first, with roadmap statuses (as of the build date) and indicators in code order. */
export async function programmeViews(): Promise<ProgrammeView[]> {
  if (cache) return cache;
  const today = buildDate();
  const indicators = (await getCollection('indicators')).map((e) => e.data);
  cache = (await getCollection('programmes'))
    .sort((a, b) => b.data.period.start - a.data.period.start || a.data.short_title.localeCompare(b.data.short_title, 'ru'))
    .map((entry) => ({
      entry,
      data: entry.data,
      roadmap: roadmapRows(entry.data.roadmap, entry.data.period, today),
      indicators: indicators.filter((i) => i.programme === entry.data.slug).sort(byCode).map((i) => indicatorView(i, entry.data.period.end)),
    }));
  return cache;
}

/** Paths of a programme's roadmap downloads (CSV, JSON): programmes that have a roadmap, keyed like their pages. */
export async function roadmapDownloadPaths() {
  const cacheKey = await datedPageCacheKey();
  return (await programmeViews()).filter((p) => p.roadmap.length > 0).map((programme) => ({ params: { slug: programme.data.slug }, props: { programme }, cacheKey }));
}

export async function programmeView(slug: string): Promise<ProgrammeView> {
  const found = (await programmeViews()).find((p) => p.data.slug === slug);
  if (!found) throw new Error(`Программа «${slug}» не найдена`);
  return found;
}

/** Indicators grouped by their «group» field, in order of first appearance. */
export function groupIndicators(list: readonly IndicatorView[]): { title?: string; items: IndicatorView[] }[] {
  const groups = new Map<string | undefined, IndicatorView[]>();
  for (const i of list) groups.set(i.data.group, [...(groups.get(i.data.group) ?? []), i]);
  return [...groups].map(([title, items]) => ({ title, items }));
}
