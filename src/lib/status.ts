/** Indicator status per year, computed from direction, plan and fact (never typed by hand). */
import type { z } from 'astro/zod';
import type { indicatorSchema, INDICATOR_UNITS } from '../schema/collections.ts';

/** The schema's enumerations spelled out: choice() in fields.ts widens them to string for the type checker. */
export type IndicatorData = Omit<z.infer<typeof indicatorSchema>, 'unit' | 'direction'> & { unit: keyof typeof INDICATOR_UNITS; direction: 'higher' | 'lower' };
export type IndicatorValue = number | boolean;
export type IndicatorStatus = 'achieved' | 'within_tolerance' | 'not_achieved' | 'no_data' | 'no_target';

export const INDICATOR_STATUS_LABELS: Record<IndicatorStatus, string> = {
  achieved: 'достигнут',
  within_tolerance: 'в пределах допуска',
  not_achieved: 'не достигнут',
  no_data: 'нет данных',
  no_target: 'план не задан',
};
export const INDICATOR_STATUSES = Object.keys(INDICATOR_STATUS_LABELS) as IndicatorStatus[];

const num = (v: IndicatorValue) => (typeof v === 'boolean' ? (v ? 1 : 0) : v);

/** Status of one year: compares fact with plan in the indicator's direction; tolerance is in the indicator's units. */
export function computeIndicatorStatus(
  target: IndicatorValue | undefined,
  actual: IndicatorValue | undefined,
  direction: 'higher' | 'lower' = 'higher',
  tolerance = 0,
): IndicatorStatus {
  if (actual === undefined) return 'no_data';
  if (target === undefined) return 'no_target';
  const gap = direction === 'higher' ? num(target) - num(actual) : num(actual) - num(target);
  if (gap <= 0) return 'achieved';
  if (tolerance > 0 && gap <= tolerance) return 'within_tolerance';
  return 'not_achieved';
}

export interface IndicatorYear {
  year: number;
  target?: IndicatorValue;
  /** «final»: the document sets only the value at the end of the programme. */
  targetKind?: 'year' | 'final';
  actual?: IndicatorValue;
  demo: boolean;
  note?: string;
  source?: string;
  status: IndicatorStatus;
}

/** Year of the final target: its own year, else the programme's last year. */
export function finalTargetYear(i: Pick<IndicatorData, 'final_target'>, programmeEnd: number): number | undefined {
  return i.final_target ? (i.final_target.year ?? programmeEnd) : undefined;
}

/** Plan, fact and status for every year the indicator mentions, in order. */
export function indicatorYears(i: IndicatorData, programmeEnd: number): IndicatorYear[] {
  const finalYear = finalTargetYear(i, programmeEnd);
  const years = new Set<number>([...i.targets.map((t) => t.year), ...i.actuals.map((a) => a.year)]);
  if (finalYear !== undefined) years.add(finalYear);
  return [...years].sort((a, b) => a - b).map((year) => {
    const yearly = i.targets.find((t) => t.year === year);
    const final = !yearly && i.final_target && finalYear === year ? i.final_target : undefined;
    const target = yearly?.value ?? final?.value;
    const fact = i.actuals.find((a) => a.year === year);
    return {
      year,
      target,
      targetKind: yearly ? 'year' : final ? 'final' : undefined,
      actual: fact?.value,
      demo: fact?.demo ?? false,
      note: fact?.note,
      source: fact?.source,
      status: computeIndicatorStatus(target, fact?.value, i.direction, i.tolerance),
    };
  });
}

/** The year a reader cares about first: the latest with a fact, else the latest at all. */
export function latestYear(years: readonly IndicatorYear[]): IndicatorYear | undefined {
  return [...years].reverse().find((y) => y.actual !== undefined) ?? years.at(-1);
}


/** The indicator as a whole: the status its badge shows and the facts its one-sentence summary tells, from one computation. */
export interface IndicatorAssessment {
  status: IndicatorStatus;
  /** The latest year with a fact. */
  fact?: IndicatorYear;
  /** What the fact was compared with: that year's plan, or the final plan of a later (or earlier) year. */
  against?: { kind: 'year' | 'final'; year: number; value: IndicatorValue };
}

/**
 * The latest fact against its year's plan; when that year has none but the document sets a final plan,
 * against the final plan: reaching it early counts as achieved, falling short before its year gives no verdict («план не задан»).
 */
export function assessIndicator(i: IndicatorData, years: readonly IndicatorYear[], programmeEnd: number): IndicatorAssessment {
  const fact = [...years].reverse().find((y) => y.actual !== undefined);
  if (!fact) return { status: 'no_data' };
  if (fact.target !== undefined) return { status: fact.status, fact, against: { kind: fact.targetKind === 'final' ? 'final' : 'year', year: fact.year, value: fact.target } };
  const finalYear = finalTargetYear(i, programmeEnd);
  if (i.final_target && finalYear !== undefined) {
    const vsFinal = computeIndicatorStatus(i.final_target.value, fact.actual, i.direction, i.tolerance);
    const status = vsFinal === 'achieved' || fact.year > finalYear ? vsFinal : 'no_target';
    return { status, fact, against: { kind: 'final', year: finalYear, value: i.final_target.value } };
  }
  return { status: fact.status, fact };
}

export function countIndicatorStatuses(statuses: readonly IndicatorStatus[]): Record<IndicatorStatus, number> {
  const counts = Object.fromEntries(INDICATOR_STATUSES.map((s) => [s, 0])) as Record<IndicatorStatus, number>;
  for (const s of statuses) counts[s]++;
  return counts;
}
