/** Loads collections for pages and resolves relations to titles; the only place pages touch astro:content. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { buildDate } from '../lib/build-date.ts';
import { isoDate } from '../lib/format.ts';
import { bodyOfSource } from '../lib/frontmatter.ts';
import { compareTerms } from '../lib/taxonomy.ts';
import { collectionDef, collections as model } from '../schema/collections.ts';
import { attachmentInfo } from './files.ts';

export const TAXONOMIES = ['deficits', 'subjects', 'levels', 'audiences', 'material-types'] as const;
export type TaxonomyName = (typeof TAXONOMIES)[number];

export interface Term { slug: string; title: string; description?: string; order?: number }


let cache: Map<TaxonomyName, Map<string, Term>> | undefined;

/** Every taxonomy as slug → term, sorted by its order. */
export async function taxonomies(): Promise<Map<TaxonomyName, Map<string, Term>>> {
  if (cache) return cache;
  const result = new Map<TaxonomyName, Map<string, Term>>();
  for (const name of TAXONOMIES) {
    const entries = (await getCollection(name)).map((e) => e.data as Term).sort(compareTerms);
    result.set(name, new Map(entries.map((t) => [t.slug, t])));
  }
  cache = result;
  return result;
}

/** Terms for a list of slugs, in the taxonomy's order. */
export function resolveTerms(index: Map<string, Term>, slugs: readonly string[]): Term[] {
  return [...index.values()].filter((t) => slugs.includes(t.slug));
}

let sortedMaterials: Promise<CollectionEntry<'materials'>[]> | undefined;

/** All materials, newest first; sorted once per build, since many pages ask for the list (a copy, so callers may sort it). */
export async function materials(): Promise<CollectionEntry<'materials'>[]> {
  sortedMaterials ??= getCollection('materials').then((list) => list.sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.data.title.localeCompare(b.data.title, 'ru')));
  return [...(await sortedMaterials)];
}

let materialsBySlug: Promise<Map<string, CollectionEntry<'materials'>>> | undefined;

/** One material by its slug (a map built once per build: case pages look up their steps' materials). */
export async function materialBySlug(slug: string): Promise<CollectionEntry<'materials'> | undefined> {
  materialsBySlug ??= getCollection('materials').then((list) => new Map(list.map((m) => [m.data.slug, m])));
  return (await materialsBySlug).get(slug);
}

let shared: Promise<string> | undefined;

/** Digest of everything except materials (settings, taxonomies, cases, programmes…): what any page may show besides the materials it lists. */
function sharedDigest(): Promise<string> {
  shared ??= (async () => {
    const hash = createHash('sha1');
    for (const name of [...model.map((c) => c.name).filter((n) => n !== 'materials'), 'settings'] as const) {
      for (const e of await getCollection(name as 'settings')) hash.update(`${name}/${e.id}:${(e as { digest?: string | number }).digest ?? JSON.stringify(e.data)}\n`);
    }
    return hash.digest('hex');
  })();
  return shared;
}

const isEntry = (v: unknown): v is { collection: string; id: string; data: unknown; digest?: string | number } =>
  typeof v === 'object' && v !== null && 'collection' in v && 'id' in v && 'data' in v;

/**
 * cacheKey for Astro's incremental build (experimental.incrementalBuild): a digest of what a page shows. Pass everything
 * the page renders from materials (entries, cards, counts, page numbers); content entries count by their file digest.
 * Everything outside the materials collection is always part of the key. So an edited material re-renders its own page
 * and the pages that list it, and every other page is copied from the cache (tests/e2e/incremental.test.ts).
 */
export async function pageCacheKey(...shown: unknown[]): Promise<string> {
  const json = JSON.stringify(shown, (_key, value: unknown) => {
    if (isEntry(value)) return `${value.collection}/${value.id}@${value.digest ?? JSON.stringify(value.data)}`;
    return value instanceof Map ? [...value] : value;
  });
  return createHash('sha1').update(await sharedDigest()).update(json).digest('hex');
}

/** cacheKey of a page that shows statuses computed against the build date (programmes, indicators, reports). */
export function datedPageCacheKey(): Promise<string> {
  return pageCacheKey(isoDate(buildDate()));
}

/** cacheKey of a material's page: the entry, the sizes of its files and the related materials it lists. */
export async function materialCacheKey(entry: CollectionEntry<'materials'>, related: unknown): Promise<string> {
  return pageCacheKey(entry, entry.data.files.map((f) => attachmentInfo(f).bytes), related);
}

export function collectionLabel(name: string): string {
  return collectionDef(name).label;
}

/** Markdown body of an entry, read from its file when the page renders: the content store keeps only frontmatter (see content-loader.ts). */
export function bodyOf(entry: { filePath?: string }): string {
  return entry.filePath ? bodyOfSource(fs.readFileSync(path.resolve(entry.filePath), 'utf8')) : '';
}
