// @ts-check
import { defineConfig } from 'astro/config';
import contentCheck from './src/integrations/content-check.ts';
import siteFiles from './src/integrations/site-files.ts';
import searchIndex from './src/integrations/search-index.ts';
import adminBundle from './src/integrations/admin-bundle.ts';
import outputPrune from './src/integrations/output-prune.ts';
import { buildCacheDir } from './src/data/build-cache.ts';
import { siteAddress } from './src/integrations/content-files.ts';

const admin = adminBundle();

export default defineConfig({
  // From content/settings.yaml (or CONTENT_DIR's); a broken file is named by the content check below.
  site: siteAddress(),
  trailingSlash: 'always',
  // Pages render 8 at a time so the main thread renders while earlier pages are written (it otherwise waits on the disk ~45 % of the time).
  build: { format: 'directory', concurrency: 8 },
  server: { host: '127.0.0.1' },
  devToolbar: { enabled: false },
  prefetch: false,
  // Scripts stay files under /_astro/ (never inlined), so the Content-Security-Policy needs no 'unsafe-inline'.
  // The dev server watches the project's sources only: not the bench's generated sites (up to 100 000 materials and their
  // output, more files than the system's watcher limit) or the tests' scratch folders.
  vite: { build: { assetsInlineLimit: 0 }, server: { watch: { ignored: ['**/.bench/**', '**/.tmp/**', '**/dist/**'] } } },
  // Content-layer cache (parsed and rendered entries, pages, whole-site results of src/data/build-cache.ts): keep this
  // folder between builds for fast rebuilds, see bench/README.md.
  cacheDir: buildCacheDir(),
  // Pages whose getStaticPaths() returns a cacheKey (material pages) are reused from the cache when unchanged.
  experimental: { incrementalBuild: true },
  // Order matters: outputPrune's build:done clears stale files before the others write theirs; the CMS bundle starts
  // before the content check; the search index starts after the content check passed and the CMS bundle is ready.
  integrations: [outputPrune(), admin, contentCheck(), siteFiles(), searchIndex({ after: admin.ready })],
});
