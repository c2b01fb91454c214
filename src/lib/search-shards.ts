/**
 * The search index is split into Pagefind bundles ("shards") that the browser merges. Pagefind's indexer holds every
 * record of a bundle in memory (about 90 KB per material), so one bundle for 100 000 materials would need gigabytes;
 * shards of a few thousand records keep each indexer run small, and a stable shard per URL means an edit re-indexes one shard.
 */
export const RECORDS_PER_SHARD = 4000;

export function shardCount(records: number, perShard = RECORDS_PER_SHARD): number {
  return Math.max(1, Math.ceil(records / perShard));
}

/** The shard of a record: FNV-1a hash of its URL, so a record stays in its shard when others are added or edited. */
export function shardOf(url: string, count: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < url.length; i++) {
    h ^= url.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % count;
}

/** Site folder of a shard's bundle: the first is Pagefind's usual /pagefind/, the others sit inside it. */
export function shardFolder(shard: number): string {
  return shard === 0 ? '/pagefind/' : `/pagefind/shard-${shard}/`;
}

/** What the browser reads besides the first bundle: the other bundles to merge and the abbreviations to rewrite in queries. */
export interface SearchManifest { shards: string[]; abbreviations: string[] }
export const MANIFEST_PATH = '/pagefind/portal.json';
