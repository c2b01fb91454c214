/** Loads collections for pages and resolves relations to titles; the only place pages touch astro:content. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { collectionDef } from '../schema/collections.ts';

export const TAXONOMIES = ['deficits', 'subjects', 'levels', 'audiences', 'material-types'] as const;
export type TaxonomyName = (typeof TAXONOMIES)[number];

export interface Term { slug: string; title: string; description?: string; order?: number }

const byOrder = (a: Term, b: Term) => (a.order ?? 999) - (b.order ?? 999) || a.title.localeCompare(b.title, 'ru');

let cache: Map<TaxonomyName, Map<string, Term>> | undefined;

/** Every taxonomy as slug → term, sorted by its order. */
export async function taxonomies(): Promise<Map<TaxonomyName, Map<string, Term>>> {
  if (cache) return cache;
  const result = new Map<TaxonomyName, Map<string, Term>>();
  for (const name of TAXONOMIES) {
    const entries = (await getCollection(name)).map((e) => e.data as Term).sort(byOrder);
    result.set(name, new Map(entries.map((t) => [t.slug, t])));
  }
  cache = result;
  return result;
}

/** Terms for a list of slugs, in the taxonomy's order. */
export function resolveTerms(index: Map<string, Term>, slugs: readonly string[]): Term[] {
  return [...index.values()].filter((t) => slugs.includes(t.slug));
}

export async function materials(): Promise<CollectionEntry<'materials'>[]> {
  return (await getCollection('materials')).sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.data.title.localeCompare(b.data.title, 'ru'));
}

export function collectionLabel(name: string): string {
  return collectionDef(name).label;
}
