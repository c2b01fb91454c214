import { describe, expect, it } from 'vitest';
import { formatIndicatorValue, summarizeIndicator } from '../../src/lib/indicator-summary.ts';
import { indicatorYears, type IndicatorData } from '../../src/lib/status.ts';

const base: IndicatorData = { title: 'Доля', slug: 'x', programme: 'p', code: '1', unit: 'percent', direction: 'higher', targets: [], actuals: [] };
const say = (i: IndicatorData) => summarizeIndicator(i, indicatorYears(i, 2026), 2026).replace(/\u00a0/g, ' ');

describe('summarizeIndicator', () => {
  it('latest fact against that year\'s plan', () => {
    expect(say({ ...base, targets: [{ year: 2024, value: 55 }], actuals: [{ year: 2024, value: 57, demo: false }] }))
      .toBe('В 2024 году: факт 57 % при плане 55 % — показатель достигнут.');
  });
  it('lower is better, and demo data is said to be demo', () => {
    expect(say({ ...base, direction: 'lower', targets: [{ year: 2023, value: 20 }], actuals: [{ year: 2023, value: 25, demo: true }] }))
      .toBe('В 2023 году: факт 25 % при плане 20 % — показатель не достигнут (демонстрационные данные).');
  });
  it('only a final target: compares the latest fact with it', () => {
    expect(say({ ...base, final_target: { year: 2026, value: 60 }, actuals: [{ year: 2024, value: 63, demo: false }] }))
      .toBe('В 2024 году: факт 63 %; итоговый план на 2026 год — 60 %, он уже достигнут.');
  });
  it('no numbers at all, and yes/no values', () => {
    expect(say(base)).toBe('Плановые и фактические значения в документе не заданы.');
    expect(say({ ...base, unit: 'boolean', targets: [{ year: 2025, value: true }], actuals: [] })).toBe('Фактических значений пока нет; план на 2025 год — да.');
    expect(formatIndicatorValue(false, 'boolean')).toBe('нет');
    expect(formatIndicatorValue(12.5, 'people').replace(/\u00a0/g, ' ')).toBe('12,5 чел.');
  });
});
