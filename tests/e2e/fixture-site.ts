/** Builds the hostile-content fixture (tests/fixtures/hostile) joined with the real taxonomies, settings and pages into a site of its own. */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

export const FIXTURE_SOURCE = path.resolve('tests/fixtures/hostile');
export const FIXTURE_CONTENT = path.resolve('.tmp/hostile-content');
export const FIXTURE_DIST = path.resolve('.tmp/hostile-dist');

/** Collections whose real entries are left out: the fixture brings its own, so every template is built exactly once. */
const REPLACED = new Set(['materials', 'cases', 'banks', 'programmes', 'indicators', 'events', 'mentors', 'sites']);

/** Copies the shared parts of content/ (settings, taxonomies, pages, any other settings file) next to the fixture's collections. */
export function assembleFixtureContent(): string {
  fs.rmSync(FIXTURE_CONTENT, { recursive: true, force: true });
  fs.mkdirSync(FIXTURE_CONTENT, { recursive: true });
  for (const item of fs.readdirSync('content')) {
    if (!REPLACED.has(item)) fs.cpSync(path.join('content', item), path.join(FIXTURE_CONTENT, item), { recursive: true });
  }
  for (const dir of fs.readdirSync(FIXTURE_SOURCE, { withFileTypes: true })) {
    if (dir.isDirectory()) fs.cpSync(path.join(FIXTURE_SOURCE, dir.name), path.join(FIXTURE_CONTENT, dir.name), { recursive: true });
  }
  return FIXTURE_CONTENT;
}

/** Builds the fixture site once per test run (a few seconds) into .tmp/hostile-dist. */
export function buildFixtureSite(): string {
  assembleFixtureContent();
  execFileSync('npx', ['astro', 'build', '--outDir', FIXTURE_DIST], {
    // Its own content cache, so the fixture never mixes with the real site's incremental build; a search index split
    // into bundles of two records, so the browser's merging of index shards is tested too.
    env: { ...process.env, CONTENT_DIR: FIXTURE_CONTENT, ASTRO_CACHE_DIR: path.resolve('.tmp/hostile-cache'), SEARCH_RECORDS_PER_SHARD: '2' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return FIXTURE_DIST;
}
