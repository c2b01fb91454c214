/**
 * The search index's build cache: a Pagefind bundle whose records are unchanged is reused, also after a fresh clone gives
 * every file a new time (the deploy in bench/README.md restores the cache into a new checkout), and an edit re-indexes
 * the bundle that holds the edited record, making only that record's document again. Code: buildSearchIndex in src/integrations/search-index.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/integrations/search-index.ts';

const work = path.resolve('.tmp/search-cache');
const content = path.join(work, 'content');
const cache = path.join(work, 'cache');
const MATERIAL = path.join(content, 'materials', 'analiz-realizacii-iom.md');

const index = (out: string) => buildSearchIndex(process.cwd(), path.join(work, out), { contentDir: content, cacheDir: cache });
const filesOf = (dir: string): Record<string, string> => Object.fromEntries(
  (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[]).filter((e) => e.isFile())
    .map((e) => { const full = path.join(e.parentPath, e.name); return [path.relative(dir, full), fs.readFileSync(full).toString('base64')]; }),
);

describe('search index cache', () => {
  beforeAll(() => {
    fs.rmSync(work, { recursive: true, force: true });
    fs.cpSync('content', content, { recursive: true });
  });

  it('reuses unchanged bundles after every content file gets a new time, and re-indexes after an edit', async () => {
    const first = await index('first');
    expect(first.indexed).toBe(first.shards);

    // A fresh clone: same contents, new times.
    const later = new Date(Date.now() + 60_000);
    for (const dir of fs.readdirSync(content)) {
      const full = path.join(content, dir);
      if (fs.statSync(full).isDirectory()) for (const f of fs.readdirSync(full)) fs.utimesSync(path.join(full, f), later, later);
    }
    const again = await index('again');
    expect(again.indexed).toBe(0);
    expect(filesOf(path.join(work, 'again/pagefind'))).toEqual(filesOf(path.join(work, 'first/pagefind')));

    fs.appendFileSync(MATERIAL, '\nНовый абзац про индивидуальный маршрут.\n');
    const edited = await index('edited');
    expect(edited.indexed).toBe(1);
    // Only the edited material's record is made again; the bundle is the one a build without any cache makes.
    expect(edited.made).toBe(1);
    const scratch = await buildSearchIndex(process.cwd(), path.join(work, 'scratch'), { contentDir: content });
    expect(scratch.made).toBe(scratch.records);
    expect(filesOf(path.join(work, 'edited/pagefind'))).toEqual(filesOf(path.join(work, 'scratch/pagefind')));
  }, 120_000);
});
