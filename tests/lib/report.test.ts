import { describe, expect, it } from 'vitest';
import { reportAsOf, reportYears, yearReport } from '../../src/lib/report.ts';
import { formatPlan } from '../../src/lib/indicator-summary.ts';
import { assessIndicator, indicatorYears, INDICATOR_STATUSES, type IndicatorData } from '../../src/lib/status.ts';

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const today = d('2026-11-23');
const base: IndicatorData = { title: 'Доля', slug: 'x', programme: 'p', code: '1', unit: 'percent', direction: 'higher', targets: [], actuals: [] };
const view = (i: Partial<IndicatorData>) => ({ data: { ...base, ...i }, years: indicatorYears({ ...base, ...i }, 2026) });

describe('reportYears', () => {
  it('every programme year up to the build year, plus narrative years', () => {
    expect(reportYears({ period: { start: 2023, end: 2026 }, reports: [{ year: 2023 }] }, 2025).map((y) => [y.year, y.hasNarrative]))
      .toEqual([[2023, true], [2024, false], [2025, false]]);
  });
});

describe('reportAsOf', () => {
  it('a past year is judged as of its last day, the current year as of the build date', () => {
    expect(reportAsOf(2024, today)).toEqual(d('2024-12-31'));
    expect(reportAsOf(2026, today)).toEqual(today);
    expect(reportAsOf(2027, today)).toEqual(today);
  });
});

describe('yearReport', () => {
  const indicators = [
    view({ code: '1', targets: [{ year: 2024, value: 10 }], actuals: [{ year: 2024, value: 12, demo: true }] }),
    view({ code: '2', final_target: { year: 2026, value: 60 }, actuals: [{ year: 2024, value: 63, demo: true }] }),
    view({ code: '3' }),
    view({ code: '4', targets: [{ year: 2025, value: 5 }] }),
  ];
  const programme = { period: { start: 2023, end: 2026 }, roadmap: [
    { activity: 'Долгое', term: 'в течение срока', start: d('2023-09-01'), end: d('2026-10-31') },
    { activity: 'Прошлое', term: 'Май 2024' },
    { activity: 'Другой год', term: 'Май 2025' },
  ] };

  it('the summary counts are the counts of the rows the table shows, one row per indicator', () => {
    for (const year of [2023, 2024, 2025, 2026]) {
      const r = yearReport(programme, indicators, year, today);
      expect(r.indicators).toHaveLength(indicators.length);
      const fromRows = Object.fromEntries(INDICATOR_STATUSES.map((s) => [s, r.indicators.filter((x) => x.status === s).length]));
      expect(r.indicatorCounts).toEqual(fromRows);
    }
    const r2024 = yearReport(programme, indicators, 2024, today);
    // Indicator 2 met its 2026 final plan in 2024: the report says so, as the indicator's own page does.
    expect(r2024.indicators.map((x) => x.status)).toEqual(['achieved', 'achieved', 'no_data', 'no_data']);
    expect(r2024.indicators[1].status).toBe(assessIndicator(indicators[1].years).status);
    expect(r2024.indicatorCounts.no_data).toBe(2);
  });

  it('a year without a plan or fact still names the later final plan, so the report\'s plan column is not a bare dash', () => {
    const r2023 = yearReport(programme, indicators, 2023, today);
    expect(r2023.indicators[1].year).toMatchObject({ year: 2023, status: 'no_data', finalPlan: { year: 2026, value: 60 } });
    expect(formatPlan(r2023.indicators[1].year, 'percent')).toEqual({ value: '—', note: 'итоговый: 60\u00a0% к 2026\u00a0г.' });
    expect(r2023.indicators[1].status).toBe('no_data');
    expect(r2023.indicators[2].year).toBeUndefined();
  });

  it('a past year judges the roadmap as of 31 December, not the build date', () => {
    const past = yearReport(programme, indicators, 2024, today);
    expect(past.pastYear).toBe(true);
    expect(past.roadmap.map((r) => [r.activity, r.computedStatus])).toEqual([['Долгое', 'in_progress'], ['Прошлое', 'overdue']]);
    const current = yearReport(programme, indicators, 2026, today);
    expect(current.pastYear).toBe(false);
    expect(current.roadmap.map((r) => [r.activity, r.computedStatus])).toEqual([['Долгое', 'overdue']]);
  });
});
