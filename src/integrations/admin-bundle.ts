/**
 * Astro integration: the Decap CMS bundle is built outside Astro's own Vite build (admin-build.ts), in a second
 * process that runs while the pages render, and is cached by the digest of everything it is made from (admin/, src/,
 * the lockfile). A content edit reuses the cached bundle; a code change rebuilds it. In `astro dev` the page loads
 * admin/cms.ts through Vite's dev server as before.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { sourceDigest } from './source-digest.ts';
import { materialCount } from './content-files.ts';

/** Source folders and files the CMS bundle is built from; any change to them gives a new bundle name. */
export const ADMIN_INPUTS = ['admin', 'src', 'package-lock.json'];

/** From this many materials the CMS bundle is built before, not while, Astro loads the content (peak memory). */
export const ALONE_FROM_MATERIALS = 30_000;

/** Digest of the CMS bundle's inputs. */
export const adminDigest = (root: string): string => sourceDigest(root, ADMIN_INPUTS).slice(0, 12);

/** Keeps the three newest cached bundles (a branch switch back and forth reuses them) and deletes older ones. */
function pruneOldBundles(dir: string): void {
  const bundles = fs.readdirSync(dir).map((name) => ({ name, mtime: fs.statSync(path.join(dir, name)).mtimeMs })).sort((a, b) => b.mtime - a.mtime);
  for (const old of bundles.slice(3)) fs.rmSync(path.join(dir, old.name), { recursive: true, force: true });
}

/** The entry file's name inside /admin/ for a digest. */
export const adminEntry = (digest: string) => `cms-${digest}.js`;

/** The integration, and `ready()`: settles when the bundle is built or found in the cache (see searchIndex's `after`). */
export default function adminBundle(): AstroIntegration & { ready: () => Promise<unknown> } {
  let root = '';
  let cacheDir = '';
  let digest = '';
  let bundle: Promise<string> | undefined;
  return {
    name: 'admin-bundle',
    ready: () => (bundle ?? Promise.resolve()).catch(() => undefined),
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig, logger }) => {
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
        const dev = command === 'dev';
        if (!dev) digest = adminDigest(root);
        updateConfig({ vite: { define: { __ADMIN_SCRIPT__: JSON.stringify(dev ? '/admin/cms.ts' : `/admin/${adminEntry(digest)}`) } } });
        if (command === 'build') {
          bundle = cachedOrBuilt(logger);
          // On a large site loading the content itself takes gigabytes: the bundle is built first, alone.
          if (materialCount(path.resolve(root, process.env.CONTENT_DIR ?? 'content')) >= ALONE_FROM_MATERIALS) await bundle;
        }
      },
      // Vite takes about 1 GB to bundle Decap: that runs while Astro loads content, and is over before pages and the
      // search index start (see ready()), so the three never add up in memory.
      'astro:build:start': async () => { await bundle; },
      'astro:build:done': async ({ dir }) => {
        const from = await bundle!;
        const target = path.join(fileURLToPath(dir), 'admin');
        // Files of an earlier bundle (the output folder is kept between builds) go; this bundle's files are copied.
        const current = new Set(fs.readdirSync(from));
        if (fs.existsSync(target)) for (const name of fs.readdirSync(target)) if (name.startsWith('cms-') && !current.has(name)) fs.rmSync(path.join(target, name));
        fs.cpSync(from, target, { recursive: true });
      },
    },
  };

  function cachedOrBuilt(logger: AstroIntegrationLogger): Promise<string> {
    const dir = path.join(cacheDir, 'admin-bundle', digest);
    if (fs.existsSync(path.join(dir, adminEntry(digest)))) return Promise.resolve(dir);
    const started = performance.now();
    const tmp = path.join(cacheDir, `admin-bundle-${process.pid}.tmp`);
    const built = new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, [path.join(root, 'src/integrations/admin-build.ts'), tmp, adminEntry(digest)], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (d) => { output += d; });
      child.stderr.on('data', (d) => { output += d; });
      child.on('error', reject);
      child.on('exit', (code) => {
        if (code !== 0) return reject(new Error(`Сборка редактора (src/integrations/admin-build.ts) завершилась с кодом ${code}:\n${output.slice(-4000)}`));
        fs.mkdirSync(path.dirname(dir), { recursive: true });
        fs.rmSync(dir, { recursive: true, force: true });
        fs.renameSync(tmp, dir);
        pruneOldBundles(path.dirname(dir));
        logger.info(`Редактор (Decap CMS) собран за ${((performance.now() - started) / 1000).toFixed(1)} с (одновременно с загрузкой содержимого)`);
        resolve(dir);
      });
    });
    built.catch(() => {}); // awaited in astro:build:start
    return built;
  }
}
