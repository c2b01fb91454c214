// @ts-check
/** Bare Astro for the benchmark: the same Markdown files, one page each, Astro's default Markdown pipeline, nothing else. */
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.BASELINE_OUT ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
