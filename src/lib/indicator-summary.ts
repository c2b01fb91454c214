/** Formats indicator values and writes the one-sentence summary of an indicator from its data. */
import { INDICATOR_UNITS } from '../schema/collections.ts';
import { formatNumber } from './format.ts';
import { computeIndicatorStatus, INDICATOR_STATUS_LABELS, type IndicatorData, type IndicatorValue, type IndicatorYear } from './status.ts';

/** «57 %», «12 чел.», «да». */
export function formatIndicatorValue(value: IndicatorValue | undefined, unit: IndicatorData['unit']): string {
  if (value === undefined) return '—';
  if (unit === 'boolean' || typeof value === 'boolean') return value === true || value === 1 ? 'да' : 'нет';
  return `${formatNumber(value)} ${INDICATOR_UNITS[unit]}`;
}

/** «В 2024 году: факт 57 % при плане 55 % — показатель достигнут». */
export function summarizeIndicator(i: IndicatorData, years: readonly IndicatorYear[], programmeEnd: number): string {
  const fmt = (v: IndicatorValue | undefined) => formatIndicatorValue(v, i.unit);
  const withFact = [...years].reverse().find((y) => y.actual !== undefined);
  const demo = withFact?.demo ? ' (демонстрационные данные)' : '';
  if (!withFact) {
    const plans = years.filter((y) => y.target !== undefined);
    if (plans.length === 0) return 'Плановые и фактические значения в документе не заданы.';
    const last = plans.at(-1)!;
    return `Фактических значений пока нет; план на ${last.year} год — ${fmt(last.target)}.`;
  }
  const head = `В ${withFact.year} году: факт ${fmt(withFact.actual)}`;
  if (withFact.target !== undefined) {
    const plan = withFact.targetKind === 'final' ? 'итоговом плане' : 'плане';
    return `${head} при ${plan} ${fmt(withFact.target)} — показатель ${INDICATOR_STATUS_LABELS[withFact.status]}${demo}.`;
  }
  const final = i.final_target;
  if (final) {
    const finalYear = final.year ?? programmeEnd;
    const reached = computeIndicatorStatus(final.value, withFact.actual, i.direction, i.tolerance) === 'achieved';
    return `${head}; итоговый план на ${finalYear} год — ${fmt(final.value)}, ${reached ? 'он уже достигнут' : 'он пока не достигнут'}${demo}.`;
  }
  return `${head}; плановое значение на этот год в документе не задано${demo}.`;
}
