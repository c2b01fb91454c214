import { describe, expect, it } from 'vitest';
import { sparkline } from '../../src/lib/sparkline.ts';
import type { IndicatorYear } from '../../src/lib/status.ts';

const yr = (year: number, target?: number, actual?: number): IndicatorYear => ({ year, target, actual, demo: false, status: 'no_data' });

describe('sparkline', () => {
  it('higher values are drawn higher, years left to right, gaps skipped', () => {
    const s = sparkline([yr(2022, 10, 5), yr(2023, 20), yr(2024, 30, 30)], 100, 40, 0);
    expect(s.plan).toBe('0,26.7 50,13.3 100,0');
    expect(s.factPoints).toEqual([{ x: 0, y: 33.3 }, { x: 100, y: 0 }]);
  });
  it('a lone plan value (a final plan) is a level line up to its year with a marker, since a one-point line shows nothing', () => {
    const s = sparkline([yr(2024, undefined, 22), yr(2026, 20)], 100, 40, 0);
    expect(s.plan).toBe('0,3.6 100,3.6');
    expect(s.planPoints).toEqual([{ x: 100, y: 3.6 }]);
  });
  it('no values gives empty lines', () => {
    expect(sparkline([]).fact).toBe('');
  });
});
