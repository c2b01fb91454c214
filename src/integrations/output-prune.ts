/**
 * Astro integration: the output folder is kept between builds (vite.build.emptyOutDir: false), so Astro's incremental
 * build finds unchanged pages already in place and neither renders nor copies them. After the build this removes every
 * file that this build did not write or keep: pages of deleted entries, old hashed scripts, files removed from public/.
 * It runs first among the build:done hooks; later hooks (search index, CMS bundle, sitemap) then write their own files.
 * The output folder is trusted only when this cache wrote it last (a marker in the cache names the folder and the time
 * of its home page); any other folder, say one built from other content with another cache, is emptied first.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Files under dir, not descending into the folders `skip` names (given with a trailing separator). */
function* filesUnder(dir: string, skip: (folder: string) => boolean = () => false): Generator<string> {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) { if (!skip(full + path.sep)) yield* filesUnder(full, skip); }
    else yield full;
  }
}

/** Files that other integrations replace at build:done (the search index, the CMS bundle): left to them. */
const REPLACED = ['pagefind/', 'admin/cms-'];

/** Deletes files under outDir older than `since` that are not in `kept`, then empty folders; returns the files deleted. */
export function pruneOutput(outDir: string, since: number, kept: ReadonlySet<string>): string[] {
  const removed: string[] = [];
  const replaced = REPLACED.map((prefix) => path.join(outDir, prefix)); // path.join keeps the trailing slash
  const skip = (folder: string) => replaced.includes(folder);
  for (const file of filesUnder(outDir, skip)) {
    if (replaced.some((d) => file.startsWith(d))) continue;
    if (kept.has(file)) continue;
    if (fs.statSync(file).mtimeMs >= since) continue;
    fs.rmSync(file);
    removed.push(file);
  }
  // Folders left empty by the deletions go too (a deleted entry's page folder, then its parents if nothing else is there).
  const root = path.resolve(outDir);
  for (const file of removed) {
    for (let dir = path.dirname(file); dir.startsWith(root + path.sep); dir = path.dirname(dir)) {
      if (fs.readdirSync(dir).length > 0) break;
      fs.rmdirSync(dir);
    }
  }
  return removed;
}

interface Marker { outDir: string; homeMtime: number }
const MARKER = 'output-marker.json';

/** Whether outDir is, unchanged, the folder the last build with this cache wrote. */
export function ownsOutput(cacheDir: string, outDir: string): boolean {
  try {
    const marker = JSON.parse(fs.readFileSync(path.join(cacheDir, MARKER), 'utf8')) as Marker;
    return marker.outDir === outDir && fs.statSync(path.join(outDir, 'index.html')).mtimeMs === marker.homeMtime;
  } catch {
    return false;
  }
}

export default function outputPrune(): AstroIntegration {
  let started = 0;
  let publicDir = '';
  let cacheDir = '';
  let building = false;
  return {
    name: 'output-prune',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        started = Date.now();
        publicDir = fileURLToPath(config.publicDir);
        cacheDir = fileURLToPath(config.cacheDir);
        building = command === 'build';
        if (building) updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        const outDir = fileURLToPath(config.outDir);
        if (building && fs.existsSync(outDir) && !ownsOutput(cacheDir, outDir)) {
          for (const name of fs.readdirSync(outDir)) fs.rmSync(path.join(outDir, name), { recursive: true, force: true });
        }
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const outDir = fileURLToPath(dir);
        const kept = new Set<string>();
        // Every output of this build, rendered or left in place by the incremental build.
        for (const urls of assets.values()) for (const url of urls) kept.add(fileURLToPath(url));
        for (const file of filesUnder(publicDir)) kept.add(path.join(outDir, path.relative(publicDir, file)));
        const removed = pruneOutput(outDir, started, kept);
        const home = path.join(outDir, 'index.html');
        if (fs.existsSync(home)) {
          fs.mkdirSync(cacheDir, { recursive: true });
          fs.writeFileSync(path.join(cacheDir, MARKER), JSON.stringify({ outDir, homeMtime: fs.statSync(home).mtimeMs } satisfies Marker));
        }
        if (removed.length) logger.info(`Удалено из ${path.relative(process.cwd(), outDir) || '.'} устаревших файлов: ${removed.length}`);
      },
    },
  };
}
