/**
 * Astro integration: the Decap CMS bundle is built outside Astro's own Vite build (admin-build.ts), in a second
 * process that runs while Astro loads the content, and is cached under the digest of the files it is made from
 * (admin-inputs.ts): a content edit or a page-template change reuses the cached bundle. The admin page learns the
 * bundle's file name from the module `virtual:admin-entry`, which only that page imports, so a new bundle re-renders
 * /admin/ alone and leaves Astro's cache of every other page valid. In `astro dev` the page loads admin/cms.ts through
 * Vite's dev server.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Plugin } from 'vite';
import { materialCount } from './content-files.ts';
import { adminShims } from './admin-shims.ts';
import { bundleDigest, BUNDLE_MANIFEST, findCachedBundle, readBundleManifest, type CachedBundle } from './admin-inputs.ts';

/** From this many materials the CMS bundle is built before, not while, Astro loads the content (peak memory). */
export const ALONE_FROM_MATERIALS = 30_000;

/** The module the admin page imports for its script address. */
export const ADMIN_ENTRY_MODULE = 'virtual:admin-entry';

/** Keeps the three newest cached bundles (a branch switch back and forth reuses them) and deletes older ones. */
function pruneOldBundles(dir: string): void {
  const bundles = fs.readdirSync(dir).map((name) => ({ name, mtime: fs.statSync(path.join(dir, name)).mtimeMs })).sort((a, b) => b.mtime - a.mtime);
  for (const old of bundles.slice(3)) fs.rmSync(path.join(dir, old.name), { recursive: true, force: true });
}

/** Vite plugin giving `virtual:admin-entry` its default export: the address of the CMS script. */
function entryModule(address: () => Promise<string>): Plugin {
  const resolved = `\0${ADMIN_ENTRY_MODULE}`;
  return {
    name: 'admin-entry',
    resolveId: (id) => (id === ADMIN_ENTRY_MODULE ? resolved : undefined),
    load: async (id) => (id === resolved ? `export default ${JSON.stringify(await address())};` : undefined),
  };
}

/** The integration, and `ready()`: settles when the bundle is built or found in the cache (see searchIndex's `after`). */
export default function adminBundle(): AstroIntegration & { ready: () => Promise<unknown> } {
  let root = '';
  let cacheDir = '';
  let bundle: Promise<CachedBundle> | undefined;
  return {
    name: 'admin-bundle',
    ready: () => (bundle ?? Promise.resolve()).catch(() => undefined),
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig, logger }) => {
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
        const address = async () => (bundle ? `/admin/${(await bundle).manifest.entry}` : '/admin/cms.ts');
        // In `astro dev` Decap's packages are pre-bundled by Vite's dependency optimizer: the shims apply there too.
        updateConfig({ vite: { plugins: [entryModule(address), adminShims(root)], optimizeDeps: { rolldownOptions: { plugins: [adminShims(root)] } } } });
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
        const { dir: from } = await bundle!;
        const target = path.join(fileURLToPath(dir), 'admin');
        // Files of an earlier bundle (the output folder is kept between builds) go; this bundle's files are copied.
        const current = new Set(fs.readdirSync(from).filter((name) => name !== BUNDLE_MANIFEST));
        fs.mkdirSync(target, { recursive: true });
        for (const name of fs.readdirSync(target)) if (name.startsWith('cms-') && !current.has(name)) fs.rmSync(path.join(target, name));
        for (const name of current) fs.copyFileSync(path.join(from, name), path.join(target, name));
      },
    },
  };

  function cachedOrBuilt(logger: AstroIntegrationLogger): Promise<CachedBundle> {
    const bundlesDir = path.join(cacheDir, 'admin-bundle');
    const cached = findCachedBundle(root, bundlesDir);
    if (cached) return Promise.resolve(cached);
    const started = performance.now();
    const tmp = path.join(cacheDir, `admin-bundle-${process.pid}.tmp`);
    const built = new Promise<CachedBundle>((resolve, reject) => {
      const child = spawn(process.execPath, [path.join(root, 'src/integrations/admin-build.ts'), tmp], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (d) => { output += d; });
      child.stderr.on('data', (d) => { output += d; });
      child.on('error', reject);
      child.on('exit', (code) => {
        const manifest = code === 0 ? readBundleManifest(tmp) : undefined;
        if (!manifest) return reject(new Error(`Сборка редактора (src/integrations/admin-build.ts) завершилась с кодом ${code}:\n${output.slice(-4000)}`));
        const dir = path.join(bundlesDir, bundleDigest(root, manifest.inputs));
        fs.mkdirSync(bundlesDir, { recursive: true });
        fs.rmSync(dir, { recursive: true, force: true });
        fs.renameSync(tmp, dir);
        pruneOldBundles(bundlesDir);
        logger.info(`Редактор (Decap CMS) собран за ${((performance.now() - started) / 1000).toFixed(1)} с (одновременно с загрузкой содержимого)`);
        resolve({ dir, manifest });
      });
    });
    built.catch(() => {}); // awaited in astro:build:start
    return built;
  }
}
