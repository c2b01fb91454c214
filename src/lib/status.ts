/** Indicator status per year, computed from direction, plan and fact (never typed by hand). */
import type { z } from 'astro/zod';
import type { indicatorSchema, INDICATOR_UNITS } from '../schema/collections.ts';

/** The schema's enumerations spelled out: choice() in fields.ts widens them to string for the type checker. */
export type IndicatorData = Omit<z.infer<typeof indicatorSchema>, 'unit' | 'direction'> & { unit: keyof typeof INDICATOR_UNITS; direction: 'higher' | 'lower' };
export type IndicatorValue = number | boolean;
export type IndicatorStatus = 'achieved' | 'within_tolerance' | 'toward_final' | 'not_achieved' | 'no_data' | 'no_target';

export const INDICATOR_STATUS_LABELS: Record<IndicatorStatus, string> = {
  achieved: 'достигнут',
  within_tolerance: 'в пределах допуска',
  // A year with no plan of its own, before the year of the final plan, whose fact has not reached it yet: no verdict, but said plainly.
  toward_final: 'итоговый план пока не достигнут',
  not_achieved: 'не достигнут',
  no_data: 'нет данных',
  no_target: 'план не задан',
};
export const INDICATOR_STATUSES = Object.keys(INDICATOR_STATUS_LABELS) as IndicatorStatus[];
/** The symbol a badge shows before the label, so a status never depends on colour alone (site and CMS preview alike). */
export const INDICATOR_STATUS_SYMBOLS: Record<IndicatorStatus, string> = { achieved: '✓', within_tolerance: '≈', toward_final: '…', not_achieved: '✗', no_data: '—', no_target: '—' };

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
  /** Set when the year has a fact but no plan of its own and the document sets a final plan: the status was judged against it. */
  finalPlan?: { year: number; value: IndicatorValue };
}

/** Year of the final target: its own year, else the programme's last year. */
export function finalTargetYear(i: Pick<IndicatorData, 'final_target'>, programmeEnd: number): number | undefined {
  return i.final_target ? (i.final_target.year ?? programmeEnd) : undefined;
}

/**
 * A fact's status against the final plan, for a year without a plan of its own: reaching the final plan early counts as
 * achieved, falling short before its year is «итоговый план пока не достигнут» (not a miss: its year has not come), after its year the final plan is the plan.
 */
function statusAgainstFinal(i: IndicatorData, actual: IndicatorValue, year: number, finalYear: number): IndicatorStatus {
  const vsFinal = computeIndicatorStatus(i.final_target!.value, actual, i.direction, i.tolerance);
  return vsFinal === 'achieved' || year > finalYear ? vsFinal : 'toward_final';
}

/** Plan, fact and status for every year the indicator mentions, in order: the one status rule the table, chart, badge and reports share. */
export function indicatorYears(i: IndicatorData, programmeEnd: number): IndicatorYear[] {
  const finalYear = finalTargetYear(i, programmeEnd);
  const years = new Set<number>([...i.targets.map((t) => t.year), ...i.actuals.map((a) => a.year)]);
  if (finalYear !== undefined) years.add(finalYear);
  return [...years].sort((a, b) => a - b).map((year) => {
    const yearly = i.targets.find((t) => t.year === year);
    const final = !yearly && i.final_target && finalYear === year ? i.final_target : undefined;
    const target = yearly?.value ?? final?.value;
    const fact = i.actuals.find((a) => a.year === year);
    const judgedByFinal = target === undefined && fact !== undefined && i.final_target !== undefined && finalYear !== undefined;
    return {
      year,
      target,
      targetKind: yearly ? 'year' : final ? 'final' : undefined,
      actual: fact?.value,
      demo: fact?.demo ?? false,
      note: fact?.note,
      source: fact?.source,
      status: judgedByFinal ? statusAgainstFinal(i, fact.value, year, finalYear) : computeIndicatorStatus(target, fact?.value, i.direction, i.tolerance),
      ...(judgedByFinal ? { finalPlan: { year: finalYear, value: i.final_target!.value } } : {}),
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

/** The indicator as a whole is its latest fact's year, judged as indicatorYears judges every year. */
export function assessIndicator(years: readonly IndicatorYear[]): IndicatorAssessment {
  const fact = [...years].reverse().find((y) => y.actual !== undefined);
  if (!fact) return { status: 'no_data' };
  if (fact.target !== undefined) return { status: fact.status, fact, against: { kind: fact.targetKind === 'final' ? 'final' : 'year', year: fact.year, value: fact.target } };
  if (fact.finalPlan) return { status: fact.status, fact, against: { kind: 'final', ...fact.finalPlan } };
  return { status: fact.status, fact };
}

export function countIndicatorStatuses(statuses: readonly IndicatorStatus[]): Record<IndicatorStatus, number> {
  const counts = Object.fromEntries(INDICATOR_STATUSES.map((s) => [s, 0])) as Record<IndicatorStatus, number>;
  for (const s of statuses) counts[s]++;
  return counts;
}
