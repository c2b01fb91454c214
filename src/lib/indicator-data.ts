/** Indicator downloads: the rows of the CSV and the JSON document, built from the same per-year data. */
import { INDICATOR_UNITS } from '../schema/collections.ts';
import type { CsvCell } from './csv.ts';
import { INDICATOR_DIRECTION_LABELS } from './indicator-summary.ts';
import { formatNumber } from './format.ts';
import { indicatorYears, INDICATOR_STATUS_LABELS, type IndicatorData, type IndicatorValue, type IndicatorYear } from './status.ts';

export const INDICATOR_CSV_HEADER = ['Программа', 'Номер', 'Показатель', 'Единица', 'Направление', 'Год', 'План', 'Вид плана', 'Факт', 'Демонстрационное значение', 'Статус', 'Примечание', 'Факт сравнён с'];

const csvValue = (v: IndicatorValue | undefined): CsvCell => (typeof v === 'boolean' ? (v ? 1 : 0) : v);

/** What a year's fact was judged against, in words a spreadsheet reader needs when the year has no plan of its own. */
function comparedWith(y: IndicatorYear): string {
  if (y.actual === undefined) return '';
  if (y.target !== undefined) return y.targetKind === 'final' ? 'итоговым планом' : 'планом на год';
  const v = y.finalPlan?.value;
  return y.finalPlan ? `итоговым планом на ${y.finalPlan.year} год (${typeof v === 'boolean' ? (v ? 'да' : 'нет') : formatNumber(v!)})` : '';
}

/** One CSV row per year of each indicator (booleans as 1/0, as the content's hint says). */
export function indicatorCsvRows(list: readonly IndicatorData[], programmeEnd: (slug: string) => number): CsvCell[][] {
  return [INDICATOR_CSV_HEADER, ...list.flatMap((i) => indicatorYears(i, programmeEnd(i.programme)).map((y) => [
    i.programme, i.code, i.title, INDICATOR_UNITS[i.unit], INDICATOR_DIRECTION_LABELS[i.direction], y.year,
    csvValue(y.target), y.targetKind === 'final' ? 'итоговый' : y.targetKind === 'year' ? 'на год' : '',
    csvValue(y.actual), y.actual === undefined ? '' : y.demo ? 'да' : 'нет', INDICATOR_STATUS_LABELS[y.status], y.note, comparedWith(y),
  ]))];
}

/** The JSON download of one indicator. */
export function indicatorJson(i: IndicatorData, programmeEnd: number) {
  return {
    slug: i.slug, programme: i.programme, code: i.code, title: i.title, group: i.group ?? null,
    unit: INDICATOR_UNITS[i.unit], direction: i.direction, tolerance: i.tolerance ?? null,
    method: i.method ?? null, source: i.source ?? null, baseline: i.baseline ?? null,
    final_target: i.final_target ? { year: i.final_target.year ?? programmeEnd, value: i.final_target.value } : null,
    years: indicatorYears(i, programmeEnd).map((y) => ({
      year: y.year, plan: y.target ?? null, plan_kind: y.targetKind ?? null, fact: y.actual ?? null,
      demo: y.demo, status: y.status, status_label: INDICATOR_STATUS_LABELS[y.status], note: y.note ?? null,
      final_plan_compared: y.finalPlan ?? null,
    })),
  };
}
