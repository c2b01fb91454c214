/** Astro integration: after the build, indexes content (with attachment text and thesaurus terms) into dist/pagefind. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { collectionDef } from '../schema/collections.ts';
import { THESAURUS_FILE, thesaurusSchema } from '../schema/thesaurus.ts';
import { parseYaml } from '../lib/frontmatter.ts';
import { abbreviations, compileThesaurus } from '../lib/thesaurus.ts';
import { extractAll } from '../lib/attachment-text.ts';
import { buildRecord, recordHtml, SEARCH_COLLECTIONS, type SearchEntry } from '../lib/search-records.ts';
import { readContent } from './content-files.ts';

export interface IndexReport { records: number; attachments: number; failures: { file: string; reason: string }[]; ms: number }

/** Builds the search index of a repository folder into outDir/pagefind. */
export async function buildSearchIndex(root: string, outDir: string, opts: { contentDir?: string; publicDir?: string } = {}): Promise<IndexReport> {
  const started = performance.now();
  const contentDir = opts.contentDir ?? 'content';
  const publicDir = opts.publicDir ?? path.join(root, 'public');
  const tree = readContent(root, contentDir);
  const thesaurusPath = path.resolve(root, contentDir, THESAURUS_FILE);
  const fallbackThesaurus = path.resolve(root, 'content', THESAURUS_FILE);
  const thesaurusFile = fs.existsSync(thesaurusPath) ? thesaurusPath : fallbackThesaurus;
  const thesaurus = compileThesaurus(fs.existsSync(thesaurusFile) ? thesaurusSchema.parse(parseYaml(fs.readFileSync(thesaurusFile, 'utf8'))) : { groups: [] });

  const titles = new Map<string, string>();
  const entries: SearchEntry[] = [];
  for (const raw of tree.entries) {
    const def = collectionDef(raw.collection);
    const parsed = def.schema.safeParse(raw.data);
    if (!parsed.success) continue;
    const data = parsed.data as Record<string, any>;
    titles.set(`${def.name}/${data.slug}`, String(data[def.titleField]));
    if ((SEARCH_COLLECTIONS as readonly string[]).includes(def.name)) entries.push({ collection: def.name, data, body: raw.body });
  }

  const files = entries.flatMap((e) => ((e.data.files ?? []) as { path: string }[]).map((f) => f.path));
  const { texts, failures } = await extractAll(files, (sitePath) => new Uint8Array(fs.readFileSync(path.join(publicDir, decodeURI(sitePath)))));

  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ru' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  // Records go to Pagefind's process in batches without waiting for each answer, so building records here overlaps its indexing.
  const BATCH = 500;
  for (let i = 0; i < entries.length; i += BATCH) {
    await Promise.all(entries.slice(i, i + BATCH).map(async (entry) => {
      const record = buildRecord(entry, (c, s) => titles.get(`${c}/${s}`), thesaurus, (p) => texts.get(p));
      const added = await index.addHTMLFile({ url: record.url, content: recordHtml(record) });
      if (added.errors.length) throw new Error(`Pagefind: ${record.url}: ${added.errors.join('; ')}`);
    }));
  }
  const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  // The browser rewrites these query words into their index tokens (search-tokens.ts).
  fs.writeFileSync(path.join(outDir, 'pagefind', 'abbreviations.json'), JSON.stringify(abbreviations(thesaurus)));
  return { records: entries.length, attachments: texts.size, failures, ms: Math.round(performance.now() - started) };
}

/**
 * The index is built from content/ and public/, not from the pages, so it starts when the build starts and Pagefind's own
 * process indexes on the second core while Astro renders pages; it is written aside and moved into dist/ at the end.
 */
export default function searchIndex(): AstroIntegration {
  let root = '';
  let publicDir = '';
  let aside = '';
  let pending: Promise<IndexReport | Error> | undefined;
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        publicDir = fileURLToPath(config.publicDir);
        aside = path.join(fileURLToPath(config.cacheDir), 'search-index');
      },
      'astro:build:start': () => {
        fs.rmSync(aside, { recursive: true, force: true });
        pending = buildSearchIndex(root, aside, { contentDir: process.env.CONTENT_DIR ?? 'content', publicDir }).catch((error: Error) => error);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const report = await pending!;
        if (report instanceof Error) throw report;
        const target = path.join(fileURLToPath(dir), 'pagefind');
        fs.rmSync(target, { recursive: true, force: true });
        fs.renameSync(path.join(aside, 'pagefind'), target);
        for (const f of report.failures) logger.warn(`Файл не прочитан для поиска: public${f.file} — ${f.reason}`);
        logger.info(`Поисковый индекс: ${report.records} записей, текст ${report.attachments} вложений, ${(report.ms / 1000).toFixed(1)} с (одновременно со страницами)`);
      },
    },
  };
}
