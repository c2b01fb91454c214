/** Build-time catalogue of materials: facets with their terms and counts, the compact index and its card chunks. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { materials, taxonomies, TAXONOMIES, type TaxonomyName } from './site.ts';
import { termField, termsOf } from '../lib/taxonomy.ts';
import { materialFacetFields } from '../lib/facet-fields.ts';
import { facetValues, materialFacets, type FacetField } from '../lib/facets.ts';
import { cardMeta, encodeCatalogue, shortSummary, titleOrder, type Card, type CatalogueIndex } from '../lib/catalogue-index.ts';
import { isoDate, keepTogether } from '../lib/format.ts';
import { RELATED_WEIGHTS, relatedIndex } from '../lib/related.ts';
import { cachedResult } from './build-cache.ts';

export interface FacetWithTerms extends FacetField { terms: [value: string, title: string][] }

export interface Catalogue {
  facets: FacetWithTerms[];
  entries: CollectionEntry<'materials'>[];
  /** The list card of each entry (same order): the built pages and the card chunks the script fetches show the same text. */
  cards: Card[];
  /** Counts over the whole catalogue, per facet and value. */
  counts: Map<string, Map<string, number>>;
  index: CatalogueIndex;
  chunks: Card[][];
  titleOrder: number[];
}

export { PAGE_SIZE } from '../lib/pagination.ts';

let cache: Promise<Catalogue> | undefined;

export function catalogue(): Promise<Catalogue> {
  cache ??= build();
  return cache;
}

async function build(): Promise<Catalogue> {
  const entries = await materials();
  const tax = await taxonomies();
  const fields = materialFacetFields();
  const values = entries.map((e) => facetValues(e.data as Record<string, unknown>, fields));
  const facets: FacetWithTerms[] = fields.map((f) => {
    if (f.collection) return { ...f, terms: [...tax.get(f.collection as TaxonomyName)!.values()].map((t) => [t.slug, t.title] as [string, string]) };
    const distinct = [...new Set(values.flatMap((v) => v[f.param]))].sort().reverse();
    return { ...f, terms: distinct.map((v) => [v, v] as [string, string]) };
  });
  const params = facets.map((f) => f.param);
  const cards = entries.map((e): Card => [e.data.slug, keepTogether(e.data.title), isoDate(e.data.date), keepTogether(shortSummary(e.data.summary))]);
  const { index, chunks } = encodeCatalogue(entries.map((e, i) => ({ values: values[i], card: cards[i] })), facets);
  return {
    facets,
    entries,
    cards,
    counts: materialFacets(values.map((v) => ({ values: v })), {}, params),
    index,
    chunks,
    titleOrder: titleOrder(entries.map((e) => e.data.title)),
  };
}

/** A material's list card as every list shows it (catalogue, term pages, home, related): its Card and the «type · date» line. */
export interface MaterialCard { slug: string; title: string; meta: string; summary: string }
let cardsBySlug: Promise<Map<string, MaterialCard>> | undefined;

export async function materialCard(slug: string): Promise<MaterialCard> {
  cardsBySlug ??= Promise.all([catalogue(), taxonomies()]).then(([cat, tax]) => {
    const types = tax.get('material-types')!;
    return new Map(cat.entries.map((e, i) => {
      const [, title, date, summary] = cat.cards[i];
      return [e.data.slug, { slug: e.data.slug, title, meta: cardMeta(types.get(e.data.type)?.title, date), summary }];
    }));
  });
  return (await cardsBySlug).get(slug)!;
}

type MaterialData = CollectionEntry<'materials'>['data'];
let related: Promise<Map<string, CollectionEntry<'materials'>[]>> | undefined;

/** Related material entries of one material; computed for all materials at once on first use (see relatedIndex). */
export async function relatedEntries(slug: string): Promise<CollectionEntry<'materials'>[]> {
  related ??= catalogue().then(({ entries }) => {
    // The ranking reads only these fields (and its own code): an edit elsewhere reuses the last build's result.
    const input = [String(relatedIndex), RELATED_WEIGHTS, entries.map(({ data: d }) => [d.slug, d.title, d.date, d.deficits, d.subjects, d.levels, d.audiences])];
    const ranked = cachedResult('related-materials', input, () =>
      [...relatedIndex(entries.map((e) => e.data))].map(([slug, list]) => [slug, list.map((d) => d.slug)] as [string, string[]]));
    const bySlug = new Map(entries.map((e) => [e.data.slug, e]));
    return new Map(ranked.map(([slug, list]) => [slug, list.map((s) => bySlug.get(s)!)]));
  });
  return (await related).get(slug) ?? [];
}

/** Related materials of one material, as shown on its page. */
export async function relatedMaterials(slug: string): Promise<MaterialData[]> {
  return (await relatedEntries(slug)).map((e) => e.data);
}

let casesByMaterial: Promise<Map<string, CollectionEntry<'cases'>[]>> | undefined;

/** Cases whose steps use a material. */
export async function casesWithMaterial(slug: string): Promise<CollectionEntry<'cases'>[]> {
  casesByMaterial ??= getCollection('cases').then((cases) => {
    const map = new Map<string, CollectionEntry<'cases'>[]>();
    for (const c of cases) for (const m of new Set(c.data.steps.map((s) => s.material).filter((x): x is string => !!x))) map.set(m, [...(map.get(m) ?? []), c]);
    return map;
  });
  return (await casesByMaterial).get(slug) ?? [];
}

let byTerm: Promise<Map<string, { materials: CollectionEntry<'materials'>[]; cases: CollectionEntry<'cases'>[] }>> | undefined;
const termKey = (taxonomy: string, slug: string) => `${taxonomy}\u0000${slug}`;

/** Materials (in catalogue order) and cases of one taxonomy term, from one pass over the collections, so term pages stay cheap at 10 000 materials. */
export async function termEntries(taxonomy: TaxonomyName, slug: string): Promise<{ materials: CollectionEntry<'materials'>[]; cases: CollectionEntry<'cases'>[] }> {
  byTerm ??= Promise.all([catalogue(), getCollection('cases')]).then(([{ entries }, cases]) => {
    const map = new Map<string, { materials: CollectionEntry<'materials'>[]; cases: CollectionEntry<'cases'>[] }>();
    const slot = (key: string) => map.get(key) ?? map.set(key, { materials: [], cases: [] }).get(key)!;
    for (const name of TAXONOMIES) {
      const field = termField(name);
      for (const m of entries) for (const t of termsOf(m.data as Record<string, unknown>, field)) slot(termKey(name, t)).materials.push(m);
      for (const c of cases) for (const t of termsOf(c.data as Record<string, unknown>, field)) slot(termKey(name, t)).cases.push(c);
    }
    return map;
  });
  return (await byTerm).get(termKey(taxonomy, slug)) ?? { materials: [], cases: [] };
}
