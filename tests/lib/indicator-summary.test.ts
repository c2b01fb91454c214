import { describe, expect, it } from 'vitest';
import { formatIndicatorValue, formatPlan, indicatorFacts, indicatorTableColumns, summarizeIndicator, yearNote } from '../../src/lib/indicator-summary.ts';
import { assessIndicator, indicatorYears, type IndicatorData } from '../../src/lib/status.ts';

const base: IndicatorData = { title: 'Доля', slug: 'x', programme: 'p', code: '1', unit: 'percent', direction: 'higher', targets: [], actuals: [] };
const say = (i: IndicatorData) => summarizeIndicator(i, indicatorYears(i, 2026)).replace(/\u00a0/g, ' ');

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
      .toBe('В 2024 году: факт 63 % при итоговом плане 60 % на 2026 год — показатель достигнут досрочно.');
  });
  it('the summary and the status badge agree: both come from assessIndicator', () => {
    const early = { ...base, final_target: { year: 2026, value: 60 }, actuals: [{ year: 2024, value: 63, demo: true }] };
    expect(assessIndicator(indicatorYears(early, 2026)).status).toBe('achieved');
    const short = { ...base, final_target: { year: 2026, value: 60 }, actuals: [{ year: 2024, value: 48, demo: true }] };
    expect(assessIndicator(indicatorYears(short, 2026)).status).toBe('toward_final');
    expect(say(short)).toBe('В 2024 году: факт 48 %; плана на 2024 год в документе нет, итоговый план (60 % на 2026 год) пока не достигнут (демонстрационные данные).');
    const late = { ...base, final_target: { year: 2025, value: 60 }, actuals: [{ year: 2026, value: 50, demo: false }] };
    expect(assessIndicator(indicatorYears(late, 2026)).status).toBe('not_achieved');
    expect(say(late)).toBe('В 2026 году: факт 50 % при итоговом плане 60 % на 2025 год — показатель не достигнут.');
    const none = { ...base, actuals: [{ year: 2024, value: 5, demo: false }] };
    expect(assessIndicator(indicatorYears(none, 2026)).status).toBe('no_target');
  });
  it('no numbers at all, and yes/no values', () => {
    expect(say(base)).toBe('Плановые и фактические значения в документе не заданы.');
    expect(say({ ...base, unit: 'boolean', targets: [{ year: 2025, value: true }], actuals: [] })).toBe('Фактических значений пока нет; план на 2025 год — да.');
    expect(say({ ...base, unit: 'people', targets: [{ year: 2026, value: 1 }], actuals: [] })).toBe('Фактических значений пока нет; план на 2026 год — 1 чел.');
    expect(formatIndicatorValue(false, 'boolean')).toBe('нет');
    // The unit never starts a line alone: «60» and «%» are joined by a non-breaking space.
    expect(formatIndicatorValue(12.5, 'people')).toBe('12,5\u00a0чел.');
    expect(formatIndicatorValue(1234, 'percent')).toBe('1\u00a0234\u00a0%');
  });
});

describe('formatPlan', () => {
  it('names the final plan that judged a year without its own, and marks a final plan in its year', () => {
    const i = { ...base, final_target: { year: 2026, value: 60 }, actuals: [{ year: 2024, value: 63, demo: true }] };
    const [y2024, y2026] = indicatorYears(i, 2026);
    expect(formatPlan(y2024, 'percent')).toEqual({ value: '—', note: 'итоговый: 60\u00a0% к 2026\u00a0г.' });
    expect(formatPlan(y2026, 'percent')).toEqual({ value: '60\u00a0%', note: 'итоговый' });
    expect(formatPlan(indicatorYears({ ...base, targets: [{ year: 2024, value: 5 }] }, 2026)[0], 'percent')).toEqual({ value: '5\u00a0%' });
    expect(formatPlan(undefined, 'percent')).toEqual({ value: '—' });
  });
});

describe('indicatorFacts', () => {
  it('writes tolerance and final plan as values are written everywhere (decimal comma, unit), and says what the document leaves out', () => {
    const facts = indicatorFacts({ ...base, direction: 'lower', tolerance: 2.5, final_target: { value: 10 } }, 2026);
    const of = (label: string) => facts.find((f) => f.label === label)?.value.replace(/\u00a0/g, ' ');
    expect(of('Допуск')).toBe('2,5 %');
    expect(of('Итоговое плановое значение')).toBe('10 % на 2026 год');
    expect(of('Направление')).toBe('чем меньше, тем лучше');
    expect(of('Способ сбора данных')).toBe('не указан в документе');
    expect(indicatorFacts(base, 2026).map((f) => f.label)).not.toContain('Допуск');
  });
});

describe('indicator table columns', () => {
  it('a year\'s note reads the note, then the source', () => {
    expect(yearNote({ note: 'Оценка методиста', source: 'мониторинг' })).toBe('Оценка методиста. Источник: мониторинг');
    expect(yearNote({ source: 'мониторинг' })).toBe('Источник: мониторинг');
    expect(yearNote({})).toBe('');
  });

  it('«Примечание» is a column only when some year has a note or a source', () => {
    expect(indicatorTableColumns([{}, {}])).toEqual({ heads: ['Год', 'План', 'Факт', 'Статус'], notes: false });
    expect(indicatorTableColumns([{}, { source: 'отчёт ОО' }])).toEqual({ heads: ['Год', 'План', 'Факт', 'Статус', 'Примечание'], notes: true });
    expect(indicatorTableColumns([])).toEqual({ heads: ['Год', 'План', 'Факт', 'Статус'], notes: false });
  });
});
