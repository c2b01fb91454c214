/** The numbers an indicator chart draws, prepared at build time and handed to the client script as JSON. */
import { INDICATOR_UNITS } from '../schema/collections.ts';
import type { IndicatorData, IndicatorYear } from './status.ts';

export interface ChartData {
  title: string;
  labels: string[];
  plan: (number | null)[];
  fact: (number | null)[];
  baseline: (number | null)[];
  unit: string;
  boolean: boolean;
  lowerIsBetter: boolean;
}

const n = (v: number | boolean | undefined): number | null => (v === undefined ? null : typeof v === 'boolean' ? (v ? 1 : 0) : v);

export function indicatorChartData(i: IndicatorData, years: readonly IndicatorYear[]): ChartData {
  const all = [...years];
  if (i.baseline && !all.some((y) => y.year === i.baseline!.year)) all.unshift({ year: i.baseline.year, demo: false, status: 'no_data' });
  all.sort((a, b) => a.year - b.year);
  return {
    title: i.title,
    labels: all.map((y) => String(y.year)),
    plan: all.map((y) => n(y.target)),
    fact: all.map((y) => n(y.actual)),
    baseline: all.map((y) => (i.baseline && y.year === i.baseline.year ? n(i.baseline.value) : null)),
    unit: INDICATOR_UNITS[i.unit],
    boolean: i.unit === 'boolean',
    lowerIsBetter: i.direction === 'lower',
  };
}
