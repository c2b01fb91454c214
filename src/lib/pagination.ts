/** Paged lists for readers without JavaScript (the catalogue, taxonomy terms): page count, the slice of a page, the page links to show. */

/** Entries per page of a paged list, and per «Показать ещё» step of the catalogue. */
export const PAGE_SIZE = 30;

/** Number of pages for a list (at least one, so an empty list still has its page). */
export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

/** Items of page `page` (1-based). */
export function pageSlice<T>(items: readonly T[], page: number, size: number): T[] {
  return items.slice((page - 1) * size, page * size);
}

/** Address of page n of a list at `base` (ending with «/»): page 1 is the list itself, the others base + «page/n/». */
export function pageUrl(base: string, n: number): string {
  return n === 1 ? base : `${base}page/${n}/`;
}

/** Page numbers to link: the first, the last and two either side of the current one; null marks a gap («…»). */
export function pageLinks(page: number, pages: number): (number | null)[] {
  const out: (number | null)[] = [];
  for (let n = 1; n <= pages; n++) {
    if (n !== 1 && n !== pages && Math.abs(n - page) > 2) continue;
    const prev = out.at(-1);
    if (typeof prev === 'number' && n - prev > 1) out.push(null);
    out.push(n);
  }
  return out;
}
