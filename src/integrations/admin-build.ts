/**
 * Builds the Decap CMS bundle (admin/cms.ts) on its own with Vite: `node src/integrations/admin-build.ts <outDir> <entryFileName>`.
 * The admin-bundle integration runs it in a second process while Astro renders the pages, and keeps the result in the
 * build cache under the digest of its sources, so a content edit never rebuilds the 5.8 MB CMS bundle.
 */
import path from 'node:path';
import { build } from 'vite';

const [outDir, entryFileName] = process.argv.slice(2);
if (!outDir || !entryFileName) {
  console.error('Использование: node src/integrations/admin-build.ts <папка> <имя файла входа>');
  process.exit(2);
}

await build({
  configFile: false,
  root: path.resolve(import.meta.dirname, '../..'),
  base: '/admin/',
  logLevel: 'error',
  mode: 'production',
  build: {
    outDir,
    emptyOutDir: true,
    assetsInlineLimit: 0,
    copyPublicDir: false,
    chunkSizeWarningLimit: 8192,
    rollupOptions: {
      input: path.resolve(import.meta.dirname, '../../admin/cms.ts'),
      output: { entryFileNames: entryFileName, chunkFileNames: 'cms-[hash].js', assetFileNames: 'cms-[hash][extname]' },
      onwarn: () => {},
    },
  },
});
