/**
 * Incremental publishing: a rebuild with the kept cache must publish exactly the site a build from scratch publishes,
 * while copying unchanged pages from the cache (page cache keys in src/data/site.ts, experimental.incrementalBuild).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const work = path.resolve('.tmp/incremental');
const content = path.join(work, 'content');
const EDITED = 'adaptaciya-zadaniy-ovz';
const BODY_ONLY = 'analiz-realizacii-iom';
const NEW_TITLE = 'Адаптация заданий для детей с ОВЗ: переработанное издание';

/** Builds the copied content without the search index (search has its own tests) and returns Astro's log, colours removed. */
function build(cache: string, out: string): string {
  const log = execFileSync('npx', ['astro', 'build', '--outDir', out], {
    env: { ...process.env, CONTENT_DIR: content, ASTRO_CACHE_DIR: cache, SEARCH_INDEX: 'off' },
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  }).toString();
  return log.replace(/\x1b\[[0-9;]*m/g, '');
}

function files(dir: string, root = dir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? files(full, root) : [path.relative(root, full)];
  }).sort();
}

let incrementalLog = '';

describe('a rebuild after an edit, with the cache kept', () => {
  beforeAll(() => {
    fs.rmSync(work, { recursive: true, force: true });
    fs.mkdirSync(work, { recursive: true });
    fs.cpSync('content', content, { recursive: true });
    build(path.join(work, 'cache'), path.join(work, 'before'));

    // A methodist renames a material and moves it to another deficit; another material gets a new paragraph.
    const edited = path.join(content, 'materials', `${EDITED}.md`);
    const source = fs.readFileSync(edited, 'utf8');
    fs.writeFileSync(edited, source.replace(/^title: .*$/m, `title: "${NEW_TITLE}"`).replace(/^deficits: \[.*\]$/m, 'deficits: [inclusive-education, mentoring]'));
    fs.appendFileSync(path.join(content, 'materials', `${BODY_ONLY}.md`), '\nДобавленный абзац для проверки публикации.\n');

    incrementalLog = build(path.join(work, 'cache'), path.join(work, 'incremental'));
    build(path.join(work, 'fresh-cache'), path.join(work, 'fresh'));
  }, 300_000);

  it('publishes the same files, byte for byte, as a build from scratch', () => {
    const incremental = files(path.join(work, 'incremental'));
    const fresh = files(path.join(work, 'fresh'));
    expect(incremental).toEqual(fresh);
    const differing = fresh.filter((f) => !fs.readFileSync(path.join(work, 'incremental', f)).equals(fs.readFileSync(path.join(work, 'fresh', f))));
    expect(differing).toEqual([]);
  });

  it('shows the new title on the material page, on the pages that list it, and under its new deficit', () => {
    const page = (p: string) => fs.readFileSync(path.join(work, 'incremental', p, 'index.html'), 'utf8');
    expect(page(`materials/${EDITED}`)).toContain(NEW_TITLE);
    expect(page('deficits/mentoring')).toContain(NEW_TITLE);
    expect(page('deficits/inclusive-education')).toContain(NEW_TITLE);
    expect(page(`materials/${BODY_ONLY}`)).toContain('Добавленный абзац для проверки публикации.');
  });

  it('copies unchanged pages from the cache instead of rendering them again', () => {
    // Astro logs "├─ <file> (restored)" in one piece for a page copied from the cache (rendered pages' lines interleave).
    const restored = [...incrementalLog.matchAll(/├─ (\S+) \(restored\)/g)].map((m) => m[1]);
    const materialPages = fs.readdirSync(path.join(content, 'materials')).map((f) => `/materials/${f.replace(/\.md$/, '')}/index.html`);
    // Most material pages neither changed nor list a changed material: they come from the cache, the edited ones do not.
    expect(materialPages.filter((p) => restored.includes(p)).length).toBeGreaterThan(materialPages.length / 2);
    expect(restored).not.toContain(`/materials/${EDITED}/index.html`);
    expect(restored).not.toContain(`/materials/${BODY_ONLY}/index.html`);
    expect(restored.filter((p) => p.startsWith('/deficits/')).length).toBeGreaterThan(0);
  });
});
