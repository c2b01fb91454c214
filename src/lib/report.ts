/** What the yearly public report of a programme holds: which years have one, and the year's roadmap and indicator rows. */
import type { RoadmapRow } from './roadmap.ts';
import type { IndicatorYear } from './status.ts';

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

/** The indicator's row for the year, if it has a plan or a fact then. */
export function indicatorForYear(years: readonly IndicatorYear[], year: number): IndicatorYear | undefined {
  return years.find((y) => y.year === year);
}
