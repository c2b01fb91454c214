// Page-weight budgets over the built site: every page in dist/ against src/lib/budgets.ts; a failure names the page and the bytes.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { budgetTable, overBudget, weighDist } from '../../scripts/check-budgets.ts';

describe('page-weight budgets of the built site', () => {
  const weights = weighDist(path.resolve('dist'));

  it('weighs the catalogue, the home page and the indicator pages', () => {
    const pages = weights.map((w) => w.page);
    expect(pages).toContain('/');
    expect(pages).toContain('/materials/');
    expect(pages.some((p) => p.startsWith('/indicators/') && p !== '/indicators/')).toBe(true);
  });

  it('keeps every page within its budget (HTML ≤ 150 KB, JS ≤ 15 KB or 70 KB on indicator pages, catalogue on load ≤ 100 KB, gzip)', () => {
    const over = overBudget(weights);
    expect(over, `${budgetTable(weights)}\n`).toEqual([]);
  });

  it('finds every script, style and data file a page references in the build', () => {
    const missing = [...new Set(weights.flatMap((w) => w.missing.filter((u) => u.startsWith('/') && !u.startsWith('//'))))];
    expect(missing).toEqual([]);
  });
});
