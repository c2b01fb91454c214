import { describe, expect, it } from 'vitest';
import { assessIndicator, computeIndicatorStatus, countIndicatorStatuses, indicatorYears, INDICATOR_STATUS_LABELS, type IndicatorData } from '../../src/lib/status.ts';

const base: IndicatorData = { title: 'Доля', slug: 'x', programme: 'p', code: '1', unit: 'percent', direction: 'higher', targets: [], actuals: [] };

describe('computeIndicatorStatus', () => {
  it('higher is better: fact at or above plan is achieved', () => {
    expect(computeIndicatorStatus(55, 57)).toBe('achieved');
    expect(computeIndicatorStatus(55, 55)).toBe('achieved');
    expect(computeIndicatorStatus(55, 50)).toBe('not_achieved');
  });
  it('lower is better: fact at or below plan is achieved', () => {
    expect(computeIndicatorStatus(20, 15, 'lower')).toBe('achieved');
    expect(computeIndicatorStatus(20, 25, 'lower')).toBe('not_achieved');
  });
  it('tolerance: a small miss is «в пределах допуска», a larger one is not', () => {
    expect(computeIndicatorStatus(55, 53, 'higher', 2)).toBe('within_tolerance');
    expect(computeIndicatorStatus(55, 52, 'higher', 2)).toBe('not_achieved');
    expect(computeIndicatorStatus(20, 21, 'lower', 2)).toBe('within_tolerance');
  });
  it('missing fact is «нет данных», missing plan is «план не задан»', () => {
    expect(computeIndicatorStatus(55, undefined)).toBe('no_data');
    expect(computeIndicatorStatus(undefined, 40)).toBe('no_target');
  });
  it('yes/no indicators: true meets a true plan, false does not; 1/0 work the same', () => {
    expect(computeIndicatorStatus(true, true)).toBe('achieved');
    expect(computeIndicatorStatus(true, false)).toBe('not_achieved');
    expect(computeIndicatorStatus(1, 0)).toBe('not_achieved');
    expect(computeIndicatorStatus(true, 1)).toBe('achieved');
  });
});

describe('indicatorYears', () => {
  it('yearly plans: every year with plan or fact, missing years have no data', () => {
    const i = { ...base, targets: [{ year: 2022, value: 10 }, { year: 2023, value: 12 }, { year: 2024, value: 15 }], actuals: [{ year: 2022, value: 11, demo: true }, { year: 2023, value: 9, demo: false }] };
    const ys = indicatorYears(i, 2026);
    expect(ys.map((y) => [y.year, y.status])).toEqual([[2022, 'achieved'], [2023, 'not_achieved'], [2024, 'no_data']]);
    expect(ys[0].demo).toBe(true);
    expect(assessIndicator(ys).status).toBe('not_achieved');
  });
  it('no targets at all: facts are shown, status says the plan is not set', () => {
    const ys = indicatorYears({ ...base, actuals: [{ year: 2023, value: 4, demo: true }] }, 2025);
    expect(ys).toHaveLength(1);
    expect(ys[0].status).toBe('no_target');
    expect(indicatorYears(base, 2025)).toEqual([]);
    expect(assessIndicator([]).status).toBe('no_data');
  });
  it('only a final target: it sits in its year (or the programme end) as a «final» plan', () => {
    const i = { ...base, final_target: { year: 2026, value: 60 }, actuals: [{ year: 2024, value: 63, demo: true }] };
    const ys = indicatorYears(i, 2026);
    // 63 in 2024 already meets the final plan of 60 for 2026: achieved early, and the row says which plan judged it.
    expect(ys.map((y) => [y.year, y.target, y.targetKind, y.status])).toEqual([[2024, undefined, undefined, 'achieved'], [2026, 60, 'final', 'no_data']]);
    expect(ys[0].finalPlan).toEqual({ year: 2026, value: 60 });
    expect(ys[1].finalPlan).toBeUndefined();
    const noYear = indicatorYears({ ...base, final_target: { value: 5 } }, 2025);
    expect(noYear.map((y) => [y.year, y.target])).toEqual([[2025, 5]]);
  });
  it('a year without its own plan is judged against the final plan: short of it before its year is «итоговый план пока не достигнут», after it a miss', () => {
    const i = { ...base, final_target: { year: 2025, value: 60 }, actuals: [{ year: 2023, value: 40, demo: true }, { year: 2024, value: 61, demo: true }, { year: 2026, value: 55, demo: true }] };
    const ys = indicatorYears(i, 2025);
    expect(ys.map((y) => [y.year, y.status])).toEqual([[2023, 'toward_final'], [2024, 'achieved'], [2025, 'no_data'], [2026, 'not_achieved']]);
    expect(INDICATOR_STATUS_LABELS[ys[0].status]).toBe('итоговый план пока не достигнут');
    // Close to the final plan early is still short of it: tolerance is for a plan's own year.
    expect(indicatorYears({ ...i, tolerance: 25 }, 2025)[0].status).toBe('toward_final');
    const lower = indicatorYears({ ...base, direction: 'lower', final_target: { year: 2026, value: 10 }, actuals: [{ year: 2024, value: 8, demo: true }] }, 2026);
    expect(lower[0].status).toBe('achieved');
    // With no final plan a year without a plan stays «план не задан».
    expect(indicatorYears({ ...base, actuals: [{ year: 2024, value: 61, demo: true }] }, 2026)[0].finalPlan).toBeUndefined();
  });
  it('counts statuses for a dashboard', () => {
    const c = countIndicatorStatuses(['achieved', 'achieved', 'no_data']);
    expect(c.achieved).toBe(2);
    expect(c.no_data).toBe(1);
    expect(c.not_achieved).toBe(0);
  });
});
