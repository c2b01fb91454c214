/** Coordinates of a small plan/fact line chart drawn as SVG at build time (no JavaScript on dashboards). */
import type { IndicatorYear } from './status.ts';

export interface Sparkline { width: number; height: number; plan: string; fact: string; factPoints: { x: number; y: number }[]; planPoints: { x: number; y: number }[] }

const n = (v: number | boolean | undefined) => (typeof v === 'boolean' ? (v ? 1 : 0) : v);

/** SVG polyline points for plan and fact over the years; empty strings when a series has no values. */
export function sparkline(years: readonly IndicatorYear[], width = 120, height = 36, pad = 4): Sparkline {
  const values = years.flatMap((y) => [n(y.target), n(y.actual)]).filter((v): v is number => v !== undefined);
  const min = Math.min(0, ...values);
  const max = Math.max(1, ...values);
  const x = (k: number) => (years.length <= 1 ? width / 2 : pad + (k * (width - 2 * pad)) / (years.length - 1));
  const y = (v: number) => height - pad - ((v - min) * (height - 2 * pad)) / (max - min || 1);
  const points = (pick: (y: IndicatorYear) => number | undefined) => years
    .map((yr, k) => ({ v: pick(yr), k })).filter((p) => p.v !== undefined)
    .map((p) => ({ x: +x(p.k).toFixed(1), y: +y(p.v!).toFixed(1) }));
  const line = (pts: { x: number; y: number }[]) => pts.map((p) => `${p.x},${p.y}`).join(' ');
  const factPoints = points((yr) => n(yr.actual));
  // Plan points get square markers, as on the full chart. A single plan (often the final one) would be an invisible
  // one-point line: it is drawn as a level line from the first year to its own, the target the facts are heading for.
  const planPoints = points((yr) => n(yr.target));
  const lone = planPoints.length === 1 && years.length > 1 ? [{ x: pad, y: planPoints[0].y }, planPoints[0]] : planPoints;
  return { width, height, plan: line(lone), fact: line(factPoints), factPoints, planPoints };
}
