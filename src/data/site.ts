/** Loads collections for pages and resolves relations to titles; the only place pages touch astro:content. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { bodyOfSource } from '../lib/frontmatter.ts';
import { collectionDef, collections as model } from '../schema/collections.ts';
import { attachmentInfo } from './files.ts';

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

let sortedMaterials: Promise<CollectionEntry<'materials'>[]> | undefined;

/** All materials, newest first; sorted once per build, since many pages ask for the list (a copy, so callers may sort it). */
export async function materials(): Promise<CollectionEntry<'materials'>[]> {
  sortedMaterials ??= getCollection('materials').then((list) => list.sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.data.title.localeCompare(b.data.title, 'ru')));
  return [...(await sortedMaterials)];
}

let shared: Promise<string> | undefined;

/** Digest of everything except materials (settings, taxonomies, cases, programmes…): what any material page may show besides its own entry. */
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

/**
 * cacheKey for Astro's incremental build (experimental.incrementalBuild): a material page is re-rendered only when its own
 * entry, its attached files or anything outside the materials collection changed. A page that also shows other materials must add their digests.
 */
export async function materialCacheKey(entry: CollectionEntry<'materials'>): Promise<string> {
  const sizes = entry.data.files.map((f) => attachmentInfo(f).bytes).join(',');
  return `${entry.digest ?? JSON.stringify(entry.data)}:${sizes}:${await sharedDigest()}`;
}

/** Digest of what related-material ranking reads from every material (metadata, not bodies). */
export function materialsIndexDigest(all: CollectionEntry<'materials'>[]): string {
  const h = createHash('sha1');
  for (const m of all) {
    const d = m.data;
    h.update(JSON.stringify([d.slug, d.title, d.summary, d.type, d.date, d.deficits, d.subjects, d.levels, d.audiences]));
  }
  return h.digest('hex').slice(0, 16);
}

export function collectionLabel(name: string): string {
  return collectionDef(name).label;
}

/** Markdown body of an entry, read from its file when the page renders: the content store keeps only frontmatter (see content-loader.ts). */
export function bodyOf(entry: { filePath?: string }): string {
  return entry.filePath ? bodyOfSource(fs.readFileSync(path.resolve(entry.filePath), 'utf8')) : '';
}
