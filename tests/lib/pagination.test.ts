import { describe, expect, it } from 'vitest';
import { pageCount, pageLinks, pageSlice, pageUrl } from '../../src/lib/pagination.ts';

describe('pagination', () => {
  it('counts pages, an empty list still having one', () => {
    expect(pageCount(0, 30)).toBe(1);
    expect(pageCount(30, 30)).toBe(1);
    expect(pageCount(31, 30)).toBe(2);
    expect(pageCount(10_000, 30)).toBe(334);
  });

  it('slices a page', () => {
    const items = Array.from({ length: 65 }, (_, k) => k);
    expect(pageSlice(items, 1, 30)).toEqual(items.slice(0, 30));
    expect(pageSlice(items, 3, 30)).toEqual([60, 61, 62, 63, 64]);
  });

  it('addresses page 1 as the list itself and the others under page/N/', () => {
    expect(pageUrl('/materials/', 1)).toBe('/materials/');
    expect(pageUrl('/deficits/iom/', 2)).toBe('/deficits/iom/page/2/');
  });

  it('links the first, the last and the neighbours of the current page, with gaps marked', () => {
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(1, 4)).toEqual([1, 2, 3, 4]);
    expect(pageLinks(1, 10)).toEqual([1, 2, 3, null, 10]);
    expect(pageLinks(6, 10)).toEqual([1, null, 4, 5, 6, 7, 8, null, 10]);
    expect(pageLinks(10, 10)).toEqual([1, null, 8, 9, 10]);
    expect(pageLinks(4, 10)).toEqual([1, 2, 3, 4, 5, 6, null, 10]);
  });
});
