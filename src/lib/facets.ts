/** Faceted filtering of the materials catalogue: AND across facets, OR within one, counts per value, state in the URL. Runs at build and in the browser. */

/** A facet of the catalogue: its URL parameter, the entry field it reads and the taxonomy its values come from. */
export interface FacetField {
  /** URL parameter and filter name: «subject», «year». */
  param: string;
  /** Field of a material: «subjects»; «date» for the year facet. */
  field: string;
  /** Russian label shown above the facet. */
  label: string;
  /** Taxonomy collection of the values, when they are terms. */
  collection?: string;
}

/** Anything that can be filtered: its values per facet parameter. */
export interface FacetItem { values: Readonly<Record<string, readonly string[]>> }

/** Chosen values per facet parameter; an absent or empty list means «any». */
export type Selection = Record<string, string[]>;

export type SortOrder = 'date' | 'title';

/** Values of one material for every facet: terms as slugs, the year as «2024». */
export function facetValues(data: Record<string, unknown>, fields: readonly FacetField[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const f of fields) {
    const v = data[f.field];
    if (v instanceof Date) out[f.param] = [String(v.getUTCFullYear())];
    else if (Array.isArray(v)) out[f.param] = v.map(String);
    else out[f.param] = v === undefined || v === null || v === '' ? [] : [String(v)];
  }
  return out;
}

function activeFacets(selection: Selection): [string, Set<string>][] {
  return Object.entries(selection).filter(([, vs]) => vs.length > 0).map(([p, vs]) => [p, new Set(vs)]);
}

function matchesFacet(item: FacetItem, param: string, chosen: Set<string>): boolean {
  const vs = item.values[param];
  if (!vs) return false;
  for (const v of vs) if (chosen.has(v)) return true;
  return false;
}

/** Items that have, in every facet with a choice, at least one of the chosen values. */
export function filterMaterials<T extends FacetItem>(items: readonly T[], selection: Selection): T[] {
  const active = activeFacets(selection);
  if (active.length === 0) return items.slice();
  return items.filter((item) => active.every(([p, chosen]) => matchesFacet(item, p, chosen)));
}

export type FacetCounts = Map<string, Map<string, number>>;

/**
 * Counts per facet value, as the reader would get them by ticking that value next:
 * a facet's own choice does not narrow its own counts (OR within), the other facets' choices do (AND across).
 * One pass: an item failing no facet counts everywhere; failing exactly one facet counts only in that one.
 */
export function materialFacets(items: readonly FacetItem[], selection: Selection, params: readonly string[]): FacetCounts {
  const counts: FacetCounts = new Map(params.map((p) => [p, new Map<string, number>()]));
  const active = activeFacets(selection);
  const bump = (param: string, item: FacetItem) => {
    const m = counts.get(param);
    if (!m) return;
    for (const v of item.values[param] ?? []) m.set(v, (m.get(v) ?? 0) + 1);
  };
  for (const item of items) {
    let failed: string | undefined;
    let failures = 0;
    for (const [p, chosen] of active) {
      if (!matchesFacet(item, p, chosen)) { failures++; failed = p; if (failures > 1) break; }
    }
    if (failures === 0) for (const p of params) bump(p, item);
    else if (failures === 1) bump(failed!, item);
  }
  return counts;
}

/** Reads the catalogue state from a query string: «?subject=math&subject=physics&sort=title». Unknown parameters are ignored. */
export function selectionFromSearch(search: string, params: readonly string[]): { selection: Selection; sort: SortOrder } {
  const q = new URLSearchParams(search);
  const selection: Selection = {};
  for (const p of params) {
    const vs = [...new Set(q.getAll(p).flatMap((v) => v.split(',')).filter(Boolean))];
    if (vs.length) selection[p] = vs;
  }
  return { selection, sort: q.get('sort') === 'title' ? 'title' : 'date' };
}

/** Writes the catalogue state as a query string in facet order, so equal states give equal, shareable addresses. */
export function searchFromSelection(selection: Selection, sort: SortOrder, params: readonly string[]): string {
  const q = new URLSearchParams();
  for (const p of params) for (const v of [...(selection[p] ?? [])].sort()) q.append(p, v);
  if (sort !== 'date') q.set('sort', sort);
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** How many values are ticked across all facets. */
export function selectedCount(selection: Selection): number {
  return Object.values(selection).reduce((n, vs) => n + vs.length, 0);
}

/** Adds or removes one value of one facet, returning a new selection. */
export function toggleValue(selection: Selection, param: string, value: string, on: boolean): Selection {
  const current = new Set(selection[param] ?? []);
  if (on) current.add(value); else current.delete(value);
  const next = { ...selection };
  if (current.size) next[param] = [...current]; else delete next[param];
  return next;
}
