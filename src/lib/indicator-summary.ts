/** Formats indicator values and writes the one-sentence summary of an indicator from its data. */
import { INDICATOR_UNITS } from '../schema/collections.ts';
import { formatNumber, NBSP } from './format.ts';
import { assessIndicator, finalTargetYear, INDICATOR_STATUS_LABELS, type IndicatorAssessment, type IndicatorData, type IndicatorValue, type IndicatorYear } from './status.ts';

/** «57 %», «12 чел.», «да»; the number and its unit never part at a line end. */
export function formatIndicatorValue(value: IndicatorValue | undefined, unit: IndicatorData['unit']): string {
  if (value === undefined) return '—';
  if (unit === 'boolean' || typeof value === 'boolean') return value === true || value === 1 ? 'да' : 'нет';
  return `${formatNumber(value)}${NBSP}${INDICATOR_UNITS[unit]}`;
}

/**
 * The plan cell of a year's row: its value, and a note when the plan is the final one or the year, having none,
 * was judged against the final plan («итоговый: 60 % к 2026 г.»). The indicator table and the yearly report share it.
 */
export function formatPlan(y: IndicatorYear | undefined, unit: IndicatorData['unit']): { value: string; note?: string } {
  const value = formatIndicatorValue(y?.target, unit);
  if (y?.targetKind === 'final') return { value, note: 'итоговый' };
  if (y?.finalPlan) return { value, note: `итоговый: ${formatIndicatorValue(y.finalPlan.value, unit)} к ${y.finalPlan.year}${NBSP}г.` };
  return { value };
}

/** The note cell of a year's row: the fact's note and its source («Оценка методиста. Источник: мониторинг»), or ''. */
export function yearNote(y: Pick<IndicatorYear, 'note' | 'source'>): string {
  return [y.note, y.source && `Источник: ${y.source}`].filter(Boolean).join('. ');
}

/** The indicator table's column heads, and whether it has the «Примечание» column: only when some year has a note, so no column stands empty. */
export function indicatorTableColumns(years: readonly Pick<IndicatorYear, 'note' | 'source'>[]): { heads: string[]; notes: boolean } {
  const notes = years.some((y) => yearNote(y) !== '');
  return { heads: ['Год', 'План', 'Факт', 'Статус', ...(notes ? ['Примечание'] : [])], notes };
}

/** «В 2024 году: факт 57 % при плане 55 % — показатель достигнут»; the verdict is that of assessIndicator, which the status badge shows too. */
export function summarizeIndicator(i: IndicatorData, years: readonly IndicatorYear[], assessment: IndicatorAssessment = assessIndicator(years)): string {
  const fmt = (v: IndicatorValue | undefined) => formatIndicatorValue(v, i.unit);
  const { fact, against, status } = assessment;
  if (!fact) {
    const plans = years.filter((y) => y.target !== undefined);
    if (plans.length === 0) return 'Плановые и фактические значения в документе не заданы.';
    const last = plans.at(-1)!;
    // A unit with its own full stop («1 чел.») ends the sentence too: no «чел..».
    return `Фактических значений пока нет; план на ${last.year} год — ${fmt(last.target)}`.replace(/\.?$/, '.');
  }
  const demo = fact.demo ? ' (демонстрационные данные)' : '';
  const head = `В ${fact.year} году: факт ${fmt(fact.actual)}`;
  if (against && against.year === fact.year) {
    const plan = against.kind === 'final' ? 'итоговом плане' : 'плане';
    return `${head} при ${plan} ${fmt(against.value)} — показатель ${INDICATOR_STATUS_LABELS[status]}${demo}.`;
  }
  // The value before the year («60 % на 2026 год»), so two numbers never stand side by side («на 2026 год 60 %»).
  if (against && status === 'toward_final') {
    return `${head}; плана на ${fact.year} год в документе нет, итоговый план (${fmt(against.value)} на ${against.year} год) пока не достигнут${demo}.`;
  }
  if (against) {
    return `${head} при итоговом плане ${fmt(against.value)} на ${against.year} год — показатель ${INDICATOR_STATUS_LABELS[status]}${status === 'achieved' && against.year > fact.year ? ' досрочно' : ''}${demo}.`;
  }
  return `${head}; плановое значение на этот год в документе не задано${demo}.`;
}

export const INDICATOR_DIRECTION_LABELS = { higher: 'чем больше, тем лучше', lower: 'чем меньше, тем лучше' } as const;

/** The facts listed under an indicator's chart (unit, direction, tolerance, final plan, method, source), every value written as the table writes it. */
export function indicatorFacts(i: IndicatorData, programmeEnd: number): { label: string; value: string }[] {
  return [
    { label: 'Единица измерения', value: INDICATOR_UNITS[i.unit] },
    { label: 'Направление', value: INDICATOR_DIRECTION_LABELS[i.direction] },
    ...(i.tolerance !== undefined ? [{ label: 'Допуск', value: formatIndicatorValue(i.tolerance, i.unit) }] : []),
    ...(i.final_target ? [{ label: 'Итоговое плановое значение', value: `${formatIndicatorValue(i.final_target.value, i.unit)} на ${finalTargetYear(i, programmeEnd)} год` }] : []),
    { label: 'Способ сбора данных', value: i.method ?? 'не указан в документе' },
    { label: 'Источник данных', value: i.source ?? 'не указан в документе' },
  ];
}
