/**
 * Whole-site computations kept in the build cache (the folder ASTRO_CACHE_DIR names) under the digest of their input,
 * so a rebuild after an edit that leaves the input unchanged (most edits touch a body or one field) reads the result.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Astro's cache folder (astro.config.mjs sets cacheDir from here). Read at run time, not compiled into the bundle:
 * a path in the code would make a cache restored into another folder look like changed code, and every page re-render.
 */
export function buildCacheDir(): string {
  return path.resolve(process.env.ASTRO_CACHE_DIR ?? 'node_modules/.astro');
}

/** compute()'s result for this input: from the cache when the same input was seen last, else computed and saved. */
export function cachedResult<T>(name: string, input: unknown, compute: () => T): T {
  const key = createHash('sha1').update(JSON.stringify(input)).digest('hex');
  const file = path.join(buildCacheDir(), 'results', `${name}.json`);
  try {
    const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as { key: string; value: T };
    if (saved.key === key) return saved.value;
  } catch {
    // No result yet, or an unreadable one: computed below.
  }
  const value = compute();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(`${file}.tmp`, JSON.stringify({ key, value }));
  fs.renameSync(`${file}.tmp`, file);
  return value;
}
