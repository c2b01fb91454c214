/**
 * Content-layer loader for one collection folder. It parses files with the same code and memo as the content check
 * (parsedFile) and stores only validated frontmatter: Markdown bodies stay on disk and are read when
 * a page renders (bodyOf in site.ts). Astro's glob() would also render every body with its own Markdown pipeline,
 * which the portal never uses, and keep bodies and HTML in the store that is embedded into the build as one string:
 * at 100 000 materials that string passes V8's limit.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ENTRY_FILE, parsedFile } from '../integrations/content-files.ts';

export function folderLoader(dir: string, format: keyof typeof ENTRY_FILE): Loader {
  return {
    name: 'portal-folder-loader',
    load: async ({ store, parseData, config, watcher, logger }: LoaderContext) => {
      const root = fileURLToPath(config.root);
      const idOfFile = new Map<string, string>();

      async function sync(file: string): Promise<void> {
        // Parsed once per build: the content check has just read every file (and an unchanged file not even that).
        const { data, digest } = parsedFile(file);
        // The same id as glob(): the entry's slug field, else the file name.
        const id = typeof data.slug === 'string' && data.slug ? data.slug : path.basename(file).replace(ENTRY_FILE[format], '');
        const old = idOfFile.get(file);
        if (old && old !== id) store.delete(old);
        idOfFile.set(file, id);
        if (store.get(id)?.digest === digest) return;
        store.set({ id, data: await parseData({ id, data, filePath: file }), filePath: path.relative(root, file), digest });
      }

      /**
       * In the dev server a file with errors is left out (or, once edited, keeps its last good version) instead of
       * stopping the server: the content check names the errors in Russian (src/integrations/content-check.ts). The
       * build never gets here with such a file, as the check stops it first; should it, the build stops.
       */
      async function trySync(file: string): Promise<boolean> {
        try {
          await sync(file);
          return true;
        } catch (error) {
          // The build (no watcher) must never drop an entry in silence.
          if (!watcher) throw error;
          return false;
        }
      }

      const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => ENTRY_FILE[format].test(n)).sort().map((n) => path.join(dir, n)) : [];
      const before = new Set(store.keys());
      for (const file of files) await trySync(file);
      for (const id of idOfFile.values()) before.delete(id);
      for (const id of before) store.delete(id);

      if (!watcher) return;
      watcher.add(dir);
      const ours = (file: string) => path.dirname(file) === dir && ENTRY_FILE[format].test(file);
      const reload = async (file: string) => {
        if (!ours(file)) return;
        if (await trySync(file)) logger.info(`Обновлено: ${path.relative(root, file)}`);
        else logger.warn(`${path.relative(root, file)}: на сайте пока прежняя версия — в файле ошибки, они перечислены в «Ошибки в содержимом»`);
      };
      watcher.on('change', reload);
      watcher.on('add', reload);
      watcher.on('unlink', (file) => {
        const id = idOfFile.get(file);
        if (ours(file) && id) { store.delete(id); idOfFile.delete(file); }
      });
    },
  };
}
