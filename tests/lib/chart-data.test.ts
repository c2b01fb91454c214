import { describe, expect, it } from 'vitest';
import { chartKey, hasChartValues, indicatorChartData } from '../../src/lib/chart-data.ts';
import { indicatorYears, type IndicatorData } from '../../src/lib/status.ts';

const base: IndicatorData = { title: 'Доля', slug: 'x', programme: 'p', code: '1', unit: 'percent', direction: 'higher', targets: [], actuals: [] };
const chart = (i: IndicatorData) => indicatorChartData(i, indicatorYears(i, 2026));

describe('indicatorChartData', () => {
  it('every year in the range is on the axis, a missing year as a gap', () => {
    const d = chart({ ...base, final_target: { year: 2026, value: 60 }, actuals: [{ year: 2023, value: 48, demo: true }, { year: 2024, value: 63, demo: true }] });
    expect(d.labels).toEqual(['2023', '2024', '2025', '2026']);
    expect(d.fact).toEqual([48, 63, null, null]);
    expect(d.plan).toEqual([null, null, null, 60]);
    expect(hasChartValues(d)).toBe(true);
  });
  it('years judged against a later final plan see it as a level line up to its year, and the key under the chart names it', () => {
    const d = chart({ ...base, final_target: { year: 2026, value: 60 }, actuals: [{ year: 2023, value: 48, demo: true }] });
    expect(d.finalPlan).toEqual([60, 60, 60, 60]);
    expect(d.finalPlanYear).toBe(2026);
    expect(chartKey(d)).toContain('итоговый план на 2026 год');
    const yearly = chart({ ...base, targets: [{ year: 2024, value: 5 }], actuals: [{ year: 2024, value: 6, demo: false }] });
    expect(yearly.finalPlan).toEqual([null]);
    expect(chartKey(yearly)).toBe('Пунктир с квадратами — план, сплошная линия с кругами — факт. Те же числа — в таблице.');
  });
  it('a baseline before the first plan extends the range', () => {
    const d = chart({ ...base, baseline: { year: 2020, value: 5 }, targets: [{ year: 2022, value: 10 }] });
    expect(d.labels).toEqual(['2020', '2021', '2022']);
    expect(d.baseline).toEqual([5, null, null]);
  });
  it('nothing to draw when the indicator has no numbers', () => {
    const d = chart(base);
    expect(d.labels).toEqual([]);
    expect(hasChartValues(d)).toBe(false);
  });
});
