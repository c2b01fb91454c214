/** What the yearly public report of a programme holds: which years have one, and the year's roadmap and indicator rows. */
import { roadmapRows, type RoadmapRow, type RoadmapRowData } from './roadmap.ts';
import { countIndicatorStatuses, type IndicatorStatus, type IndicatorYear } from './status.ts';

/** Report years: every programme year up to the build year, plus any year the methodist wrote a narrative for. */
export function reportYears(p: { period: { start: number; end: number }; reports: { year: number }[] }, buildYear: number): { year: number; hasNarrative: boolean }[] {
  const years = new Set(p.reports.map((r) => r.year));
  for (let y = p.period.start; y <= Math.min(p.period.end, buildYear); y++) years.add(y);
  return [...years].sort((a, b) => a - b).map((year) => ({ year, hasNarrative: p.reports.some((r) => r.year === year) }));
}

/** Roadmap rows that fall in the year, and rows without dates are left out (they cannot be reported on by year). */
export function roadmapForYear(rows: readonly RoadmapRow[], year: number): RoadmapRow[] {
  return rows.filter((r) => r.years.includes(year));
}

/**
 * The indicator's row for the year, if it has a plan or a fact then. A year it does not mention, before the year of a
 * final plan, still names that plan (no data, but the reader sees what the programme aims at, as for years with a fact).
 */
export function indicatorForYear(years: readonly IndicatorYear[], year: number): IndicatorYear | undefined {
  const own = years.find((y) => y.year === year);
  if (own) return own;
  const final = years.find((y) => y.targetKind === 'final' && y.year > year);
  return final ? { year, demo: false, status: 'no_data', finalPlan: { year: final.year, value: final.target! } } : undefined;
}

/** The date a year's report judges statuses as of: the last day of a past year, the build date for the current (or a later) year. */
export function reportAsOf(year: number, today: Date): Date {
  const yearEnd = new Date(Date.UTC(year, 11, 31));
  return yearEnd < today ? yearEnd : today;
}

export interface ReportIndicatorRow<T> {
  indicator: T;
  /** The indicator's plan and fact in the year; absent when the indicator mentions the year nowhere. */
  year?: IndicatorYear;
  /** The status the table shows and the summary counts: a year the indicator does not mention has no data. */
  status: IndicatorStatus;
}

export interface YearReport<T> {
  year: number;
  /** The date statuses are computed as of (see reportAsOf). */
  asOf: Date;
  /** True when asOf is the end of the year rather than the build date. */
  pastYear: boolean;
  roadmap: RoadmapRow[];
  indicators: ReportIndicatorRow<T>[];
  /** Counts of indicators[].status: the summary above the table is made from the very rows the table shows. */
  indicatorCounts: Record<IndicatorStatus, number>;
}

/** Everything the yearly report shows, computed once: roadmap rows judged as of the report date, and one row per indicator. */
export function yearReport<T extends { years: readonly IndicatorYear[] }>(
  programme: { period: { start: number; end: number }; roadmap: readonly RoadmapRowData[] },
  indicators: readonly T[],
  year: number,
  today: Date,
): YearReport<T> {
  const asOf = reportAsOf(year, today);
  const rows = indicators.map((indicator) => {
    const y = indicatorForYear(indicator.years, year);
    return { indicator, year: y, status: y?.status ?? 'no_data' } satisfies ReportIndicatorRow<T>;
  });
  return {
    year,
    asOf,
    pastYear: asOf.getTime() !== today.getTime(),
    roadmap: roadmapForYear(roadmapRows(programme.roadmap, programme.period, asOf), year),
    indicators: rows,
    indicatorCounts: countIndicatorStatuses(rows.map((r) => r.status)),
  };
}
