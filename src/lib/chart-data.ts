/** The numbers an indicator chart draws, prepared at build time and handed to the client script as JSON. */
import { INDICATOR_UNITS } from '../schema/collections.ts';
import type { IndicatorData, IndicatorYear } from './status.ts';

export interface ChartData {
  title: string;
  labels: string[];
  plan: (number | null)[];
  fact: (number | null)[];
  baseline: (number | null)[];
  /** The final plan as a level line up to its year, drawn when some year without a plan of its own was judged against it. */
  finalPlan: (number | null)[];
  /** The final plan's year, when finalPlan is drawn. */
  finalPlanYear?: number;
  unit: string;
  boolean: boolean;
  lowerIsBetter: boolean;
}

const n = (v: number | boolean | undefined): number | null => (v === undefined ? null : typeof v === 'boolean' ? (v ? 1 : 0) : v);

/** Every calendar year from the first to the last the indicator mentions: a year with no numbers stays on the axis as a gap. */
export function indicatorChartData(i: IndicatorData, years: readonly IndicatorYear[]): ChartData {
  const byYear = new Map(years.map((y) => [y.year, y]));
  const mentioned = [...byYear.keys(), ...(i.baseline ? [i.baseline.year] : [])];
  const all: { year: number; target?: number | boolean; actual?: number | boolean }[] = [];
  if (mentioned.length > 0) {
    for (let year = Math.min(...mentioned); year <= Math.max(...mentioned); year++) all.push(byYear.get(year) ?? { year });
  }
  const judged = years.find((y) => y.finalPlan)?.finalPlan;
  return {
    title: i.title,
    labels: all.map((y) => String(y.year)),
    plan: all.map((y) => n(y.target)),
    fact: all.map((y) => n(y.actual)),
    baseline: all.map((y) => (i.baseline && y.year === i.baseline.year ? n(i.baseline.value) : null)),
    finalPlan: all.map((y) => (judged && y.year <= judged.year ? n(judged.value) : null)),
    ...(judged ? { finalPlanYear: judged.year } : {}),
    unit: INDICATOR_UNITS[i.unit],
    boolean: i.unit === 'boolean',
    lowerIsBetter: i.direction === 'lower',
  };
}

/** The words under the chart saying which line is which (the site and the CMS preview show the same). */
export function chartKey(data: ChartData): string {
  const final = data.finalPlanYear ? `, пунктир без точек — итоговый план на ${data.finalPlanYear} год, с которым сравнивают годы без своего плана` : '';
  return `Пунктир с квадратами — план, сплошная линия с кругами — факт${final}. Те же числа — в таблице.`;
}

/** Whether the chart has anything to draw: without a single plan, fact or baseline value the page shows the table instead. */
export function hasChartValues(data: ChartData): boolean {
  return [...data.plan, ...data.fact, ...data.baseline].some((v) => v !== null);
}
