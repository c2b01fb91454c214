/** Astro integration: after the build, indexes content (with attachment text and thesaurus terms) into dist/pagefind. */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { collectionDef } from '../schema/collections.ts';
import { THESAURUS_FILE, thesaurusSchema } from '../schema/thesaurus.ts';
import { bodyOfSource, parseYaml } from '../lib/frontmatter.ts';
import { abbreviations, compileThesaurus } from '../lib/thesaurus.ts';
import { extractAll } from '../lib/attachment-text.ts';
import { buildRecord, recordHtml, SEARCH_COLLECTIONS, type SearchEntry } from '../lib/search-records.ts';
import { entryUrl } from '../lib/urls.ts';
import { MANIFEST_PATH, shardCount, shardFolder, shardOf, type SearchManifest } from '../lib/search-shards.ts';
import { vocabulary, WORDS_PATH } from '../lib/search-suggest.ts';
import { fileStamp, forgetParsedMemo, loadParsedMemo, materialCount, readContent } from './content-files.ts';
import { sourceDigest } from './source-digest.ts';

/** Up to this many materials the worker reads frontmatter from the content check's memo (about 1 KB each in its heap). */
const MEMO_MAX_MATERIALS = 30_000;

/** Code that search records are made with: a change to it re-indexes every shard. */
const SEARCH_CODE = ['src/lib', 'src/schema', 'src/integrations', 'package-lock.json'];

export interface IndexReport {
  records: number;
  attachments: number;
  failures: { file: string; reason: string }[];
  /** Folder the index was written into (its pagefind/ folder moves into dist/ at the end of the build). */
  outDir: string;
  /** Pagefind bundles written, and how many of them had to be indexed (the rest came unchanged from the cache). */
  shards: number;
  indexed: number;
  /** Record documents made from content in this run; the other members of re-indexed bundles came from the cache. */
  made: number;
  ms: number;
}

/** One Pagefind bundle from ready record documents, indexed in its own Pagefind process. */
async function indexShard(records: { url: string; html: string }[], outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ru' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  // Records go to Pagefind's process in batches without waiting for each answer.
  const BATCH = 500;
  for (let i = 0; i < records.length; i += BATCH) {
    await Promise.all(records.slice(i, i + BATCH).map(async ({ url, html }) => {
      const added = await index.addHTMLFile({ url, content: html });
      if (added.errors.length) throw new Error(`Pagefind: ${url}: ${added.errors.join('; ')}`);
    }));
  }
  fs.rmSync(outputPath, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
}

/** Puts a copy of a folder at target as hard links (no file data copied; Pagefind never rewrites a written file), or copies across devices. */
function linkTree(from: string, target: string): void {
  fs.mkdirSync(target, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const a = path.join(from, entry.name);
    const b = path.join(target, entry.name);
    if (entry.isDirectory()) linkTree(a, b);
    else {
      try { fs.linkSync(a, b); } catch { fs.copyFileSync(a, b); }
    }
  }
}

/** Builds the search index of a repository folder into outDir/pagefind. */
export async function buildSearchIndex(root: string, outDir: string, opts: { contentDir?: string; publicDir?: string; cacheDir?: string; replaces?: string } = {}): Promise<IndexReport> {
  const started = performance.now();
  const contentDir = opts.contentDir ?? 'content';
  const publicDir = opts.publicDir ?? path.join(root, 'public');
  // Bodies are read one shard at a time, below, so the whole site's text is never in memory at once. Frontmatter comes
  // from the memo the content check has just saved (read, not parsed), except at sizes where the worker's heap is tight.
  if (opts.cacheDir && materialCount(path.resolve(root, contentDir)) <= MEMO_MAX_MATERIALS) loadParsedMemo(root, opts.cacheDir);
  let tree = readContent(root, contentDir, { bodies: false, remember: false });
  forgetParsedMemo();
  const thesaurusPath = path.resolve(root, contentDir, THESAURUS_FILE);
  const fallbackThesaurus = path.resolve(root, 'content', THESAURUS_FILE);
  const thesaurusFile = fs.existsSync(thesaurusPath) ? thesaurusPath : fallbackThesaurus;
  const thesaurus = compileThesaurus(fs.existsSync(thesaurusFile) ? thesaurusSchema.parse(parseYaml(fs.readFileSync(thesaurusFile, 'utf8'))) : { groups: [] });

  const titles = new Map<string, string>();
  const entries: (SearchEntry & { file: string; digest?: string })[] = [];
  for (const raw of tree.entries) {
    const def = collectionDef(raw.collection);
    const parsed = def.schema.safeParse(raw.data);
    if (!parsed.success) continue;
    const data = parsed.data as Record<string, any>;
    titles.set(`${def.name}/${data.slug}`, String(data[def.titleField]));
    if ((SEARCH_COLLECTIONS as readonly string[]).includes(def.name)) entries.push({ collection: def.name, data, file: raw.file, digest: raw.digest });
  }
  tree = { entries: [], unreadable: [] }; // the validated copies above are all that is needed from here on

  // Each shard is one Pagefind run in a fresh process (its memory is returned when the process ends). A shard is cached
  // under the digest of everything its records are made from: the code, Pagefind's version, the thesaurus, the titles
  // relations resolve to, each member's file (path and contents) and attachments (path, size, time). An unchanged shard is linked from
  // the cache without reading its bodies or attachments; the others are made one at a time, so only one shard's
  // documents are held at once.
  const count = shardCount(entries.length, Number(process.env.SEARCH_RECORDS_PER_SHARD) || undefined);
  const members: (typeof entries)[] = Array.from({ length: count }, () => []);
  for (const entry of entries) members[shardOf(entryUrl(entry.collection, entry.data.slug), count)].push(entry);
  const pagefindVersion = (JSON.parse(fs.readFileSync(path.join(root, 'node_modules/pagefind/package.json'), 'utf8')) as { version: string }).version;
  const common = createHash('sha1')
    .update(`${sourceDigest(root, SEARCH_CODE)}\npagefind ${pagefindVersion}\n${count}\n`)
    .update(fs.existsSync(thesaurusFile) ? fs.readFileSync(thesaurusFile) : '')
    .update(JSON.stringify([...titles]))
    .digest('hex');
  const attachmentsOf = (entry: SearchEntry) => ((entry.data.files ?? []) as { path: string }[]).map((f) => f.path);
  const publicFile = (sitePath: string) => path.join(publicDir, decodeURI(sitePath));
  const cacheRoot = opts.cacheDir ? path.join(opts.cacheDir, 'search-shards') : undefined;
  const kept = new Set<string>();
  const failures: IndexReport['failures'] = [];
  let indexed = 0;
  let attachments = 0;
  let made = 0;
  // Small sites can leave a shard empty; bundles are the non-empty shards (at least one), numbered in order.
  const nonEmpty = members.map((_, i) => i).filter((i) => members[i].length > 0);
  const bundles = nonEmpty.length ? nonEmpty : [0];
  for (const [position, shard] of bundles.entries()) {
    // Content files by what they say, so a fresh clone (new file times) reuses the shard; attachments by size and time.
    const sources = members[shard].map((entry) => `${entry.file}:${entry.digest}\n${attachmentsOf(entry).map((a) => `${a}:${fileStamp(publicFile(a))}\n`).join('')}`);
    const key = createHash('sha1').update(common);
    for (const source of sources) key.update(source);
    const name = `${shard}-${key.digest('hex').slice(0, 16)}`;
    const cached = cacheRoot ? path.join(cacheRoot, name) : undefined;
    const target = path.join(outDir, shardFolder(position));
    if (!cached || !fs.existsSync(path.join(cached, 'pagefind-entry.json'))) {
      // A changed bundle is indexed again in full, but only its changed records are made again: the others' documents
      // are kept in the cache under the digest of what they are made from.
      const recordsFile = cacheRoot ? path.join(cacheRoot, `records-${shard}.v8`) : undefined;
      const previous: Map<string, { url: string; html: string }> = recordsFile && fs.existsSync(recordsFile) ? v8.deserialize(fs.readFileSync(recordsFile)) : new Map();
      const recordKeys = sources.map((source) => createHash('sha1').update(common).update(source).digest('base64'));
      const toMake = members[shard].filter((_, i) => !previous.has(recordKeys[i]));
      const read = await extractAll(toMake.flatMap(attachmentsOf), (sitePath) => new Uint8Array(fs.readFileSync(publicFile(sitePath))));
      failures.push(...read.failures);
      attachments += read.texts.size;
      const records = members[shard].map((entry, i) => {
        const reused = previous.get(recordKeys[i]);
        if (reused) return reused;
        const body = entry.file.endsWith('.md') ? bodyOfSource(fs.readFileSync(path.resolve(root, entry.file), 'utf8')) : undefined;
        const record = buildRecord({ ...entry, body }, (c, s) => titles.get(`${c}/${s}`), thesaurus, (p) => read.texts.get(p));
        return { url: record.url, html: recordHtml(record) };
      });
      made += toMake.length;
      await indexShard(records, cached ?? target);
      if (recordsFile) fs.writeFileSync(recordsFile, v8.serialize(new Map(records.map((r, i) => [recordKeys[i], r]))));
      indexed++;
    }
    if (cached) linkTree(cached, target);
    kept.add(name);
    kept.add(`records-${shard}.v8`);
  }
  if (cacheRoot && fs.existsSync(cacheRoot)) for (const old of fs.readdirSync(cacheRoot)) if (!kept.has(old)) fs.rmSync(path.join(cacheRoot, old), { recursive: true, force: true });
  const manifest: SearchManifest = { shards: bundles.slice(1).map((_, k) => shardFolder(k + 1)), abbreviations: abbreviations(thesaurus) };
  fs.writeFileSync(path.join(outDir, MANIFEST_PATH), JSON.stringify(manifest));
  // Words a misspelt query is corrected towards («Возможно, вы искали…»): every title, and the summaries of searched records.
  const summaries = entries.map((e) => String(e.data.summary ?? e.data.description ?? ''));
  fs.writeFileSync(path.join(outDir, WORDS_PATH), JSON.stringify(vocabulary([...titles.values(), ...summaries])));
  // The previous index (10 000 files at 10 000 materials) is deleted here, off Astro's main thread; build:done moves this one in.
  if (opts.replaces) fs.rmSync(opts.replaces, { recursive: true, force: true });
  return { outDir, records: entries.length, attachments, failures, shards: bundles.length, indexed, made, ms: Math.round(performance.now() - started) };
}

/** Runs buildSearchIndex in a worker thread (search-index-worker.ts): preparing 10 000 records takes seconds of CPU. */
function buildInWorker(root: string, outDir: string, opts: Parameters<typeof buildSearchIndex>[2]): Promise<IndexReport> {
  return new Promise((resolve, reject) => {
    // Its own heap limit, so the index never takes memory the pages need: one shard's records at a time fit in it.
    const worker = new Worker(path.join(root, 'src/integrations/search-index-worker.ts'), { workerData: { root, outDir, opts }, resourceLimits: { maxOldGenerationSizeMb: 512 } });
    worker.once('message', (m: { report?: IndexReport; error?: string }) => (m.report ? resolve(m.report) : reject(new Error(m.error))));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`Поисковый индекс: поток сборки индекса остановился (код ${code})`)));
  });
}

/**
 * The index is built from content/ and public/, not from the pages, so it starts when the build starts: records are made
 * in a worker thread and Pagefind's own process indexes them, on the second core while Astro renders pages. It is
 * written aside and moved into dist/ at the end.
 */
export default function searchIndex({ after }: { after?: () => Promise<unknown> } = {}): AstroIntegration {
  let pending: Promise<IndexReport | Error> | undefined;
  return {
    name: 'search-index',
    hooks: {
      // Starts once the content check has passed (an earlier config:setup hook) and `after` is settled (the CMS bundle,
      // so their memory never adds up), and runs while Astro syncs content, bundles code and renders pages.
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build' || process.env.SEARCH_INDEX === 'off') return; // off: only to measure what the index costs (npm run bench)
        const root = fileURLToPath(config.root);
        const cacheDir = fileURLToPath(config.cacheDir);
        const aside = path.join(cacheDir, 'search-index');
        const replaces = path.join(fileURLToPath(config.outDir), 'pagefind');
        const opts = { contentDir: process.env.CONTENT_DIR ?? 'content', publicDir: fileURLToPath(config.publicDir), cacheDir, replaces };
        pending = (after?.() ?? Promise.resolve())
          .then(() => {
            fs.rmSync(aside, { recursive: true, force: true });
            return buildInWorker(root, aside, opts);
          })
          .catch((error: Error) => error);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!pending) return;
        const report = await pending;
        if (report instanceof Error) throw report;
        const target = path.join(fileURLToPath(dir), 'pagefind');
        fs.rmSync(target, { recursive: true, force: true });
        fs.renameSync(path.join(report.outDir, 'pagefind'), target);
        for (const f of report.failures) logger.warn(`Файл не прочитан для поиска: public${f.file} — ${f.reason}`);
        logger.info(`Поисковый индекс: ${report.records} записей, частей ${report.shards} (заново проиндексировано ${report.indexed}, заново составлено записей ${report.made}, прочитано вложений ${report.attachments}), ${(report.ms / 1000).toFixed(1)} с (одновременно с остальной сборкой)`);
      },
    },
  };
}
