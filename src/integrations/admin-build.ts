/**
 * Builds the Decap CMS bundle (admin/cms.ts) on its own with Vite: `node src/integrations/admin-build.ts <outDir>`.
 * The admin-bundle integration runs it in a second process while Astro loads the content, and keeps the result in the
 * build cache. Beside the bundle it writes bundle.json: the entry file (named by its content hash) and the project
 * files the bundle was made from, so the cache is keyed by those files only (a page template is not among them).
 */
import fs from 'node:fs';
import path from 'node:path';
import { build, type Rollup } from 'vite';
import { bundleInputs, BUNDLE_MANIFEST, type BundleManifest } from './admin-inputs.ts';
import { adminShims } from './admin-shims.ts';

const [outDir] = process.argv.slice(2);
if (!outDir) {
  console.error('Использование: node src/integrations/admin-build.ts <папка>');
  process.exit(2);
}
const root = path.resolve(import.meta.dirname, '../..');

const result = await build({
  configFile: false,
  root,
  base: '/admin/',
  logLevel: 'error',
  mode: 'production',
  plugins: [adminShims(root)],
  build: {
    outDir,
    emptyOutDir: true,
    assetsInlineLimit: 0,
    copyPublicDir: false,
    chunkSizeWarningLimit: 8192,
    rollupOptions: {
      input: path.join(root, 'admin/cms.ts'),
      output: { entryFileNames: 'cms-[hash].js', chunkFileNames: 'cms-[hash].js', assetFileNames: 'cms-[hash][extname]' },
      onwarn: () => {},
    },
  },
});
const chunks = (Array.isArray(result) ? result : [result as Rollup.RollupOutput]).flatMap((r) => r.output).filter((o): o is Rollup.OutputChunk => o.type === 'chunk');
const manifest: BundleManifest = {
  entry: chunks.find((c) => c.isEntry)!.fileName,
  inputs: bundleInputs(root, chunks.flatMap((c) => c.moduleIds)),
};
fs.writeFileSync(path.join(outDir, BUNDLE_MANIFEST), JSON.stringify(manifest, null, 1));
