/** Reads every content file of every collection from disk, without validating it. */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { collections, SETTINGS_FILE, type CollectionDef } from '../schema/collections.ts';
import { bodyOfSource, ContentSyntaxError, parseYaml, splitFrontmatter } from '../lib/frontmatter.ts';
import { sourceDigest } from './source-digest.ts';
import type { RawEntry } from '../lib/content-validation.ts';

export interface ContentTree {
  entries: RawEntry[];
  settings?: { file: string; data: unknown };
  /** Files that are not valid YAML at all: named with the parser's message. */
  unreadable: { file: string; message: string }[];
}

/** A content file as last parsed: its stamp (size and time), the digest of its source and its frontmatter. */
export interface ParsedFile { stamp: string; digest: string; data: Record<string, unknown> }

/**
 * Parsed frontmatter by absolute path, one memo per process: Astro loads the integrations (the content check) with Node
 * and the content loaders through Vite, so each has its own copy of this module, and both read the same files.
 * Bodies are not kept (at 100 000 materials they would hold hundreds of megabytes for the whole build).
 */
const memo = ((globalThis as Record<symbol, unknown>)[Symbol.for('metodportal.parsed-files')] ??= { files: new Map(), dirty: false }) as
  { files: Map<string, ParsedFile>; dirty: boolean };

/** Size and modification time: equal stamps mean an unchanged file, short of a same-size edit within the same instant. */
const stampOf = (stat: fs.Stats) => `${stat.size}:${stat.mtimeMs}`;

/** A file's stamp, or 'missing'. */
export function fileStamp(file: string): string {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  return stat ? stampOf(stat) : 'missing';
}

/**
 * One content file's frontmatter and the digest of its source. An unchanged stamp skips reading the file; a changed stamp
 * with the same contents (a fresh clone, a restored cache) skips parsing it.
 */
export function parsedFile(file: string, { body = false, remember = true }: { body?: boolean; remember?: boolean } = {}): ParsedFile & { body?: string } {
  const stamp = stampOf(fs.statSync(file));
  const known = memo.files.get(file);
  const markdown = file.endsWith('.md');
  if (known?.stamp === stamp && !(body && markdown)) return known;
  const source = fs.readFileSync(file, 'utf8');
  const digest = createHash('sha1').update(source).digest('hex');
  let parsed: ParsedFile & { body?: string };
  if (known?.digest === digest) parsed = { stamp, digest, data: known.data, ...(markdown ? { body: bodyOfSource(source) } : {}) };
  else if (markdown) parsed = { stamp, digest, ...splitFrontmatter(source) };
  else parsed = { stamp, digest, data: parseYaml(source) };
  if (remember && (known?.stamp !== stamp)) {
    memo.files.set(file, { stamp, digest, data: parsed.data });
    memo.dirty = true;
  }
  return body ? parsed : { stamp, digest, data: parsed.data };
}

const MEMO_FILE = 'parsed-content.v8';

/** What the memo's frontmatter depends on besides the file: the parser (its code and js-yaml's version). */
function parserVersion(): string {
  return sourceDigest(fileURLToPath(new URL('../..', import.meta.url)), ['src/lib/frontmatter.ts', 'node_modules/js-yaml/package.json']);
}

/**
 * Loads the memo a previous build saved in the cache folder, so an incremental build parses only the files that changed.
 * Paths are stored relative to the project, so a cache restored into another checkout still applies.
 */
export function loadParsedMemo(root: string, cacheDir: string): void {
  const file = path.join(cacheDir, MEMO_FILE);
  if (memo.files.size > 0 || !fs.existsSync(file)) return;
  try {
    const saved = v8.deserialize(fs.readFileSync(file)) as { parser: string; files: [string, ParsedFile][] };
    if (saved.parser !== parserVersion()) return;
    for (const [rel, parsed] of saved.files) memo.files.set(path.resolve(root, rel), parsed);
  } catch {
    // An unreadable memo is only a slower build: every file is parsed again.
  }
}

/** Empties this process's memo (a reader that needed it once frees its memory). */
export function forgetParsedMemo(): void {
  memo.files.clear();
  memo.dirty = false;
}

/** Saves the memo's entries under the project's content folder (files since deleted are left out) when anything was parsed. */
export function saveParsedMemo(root: string, cacheDir: string, contentDir: string): void {
  if (!memo.dirty) return;
  const base = path.resolve(root, contentDir) + path.sep;
  const files: [string, ParsedFile][] = [];
  for (const [file, parsed] of memo.files) if (file.startsWith(base) && fs.existsSync(file)) files.push([path.relative(root, file), parsed]);
  fs.mkdirSync(cacheDir, { recursive: true });
  const target = path.join(cacheDir, MEMO_FILE);
  fs.writeFileSync(`${target}.tmp`, v8.serialize({ parser: parserVersion(), files }));
  fs.renameSync(`${target}.tmp`, target);
  memo.dirty = false;
}

/**
 * Every content file's frontmatter, and with `bodies` its Markdown body too. `remember: false` reads without keeping
 * the parsed files for later readers in this process (the search index's worker reads once).
 */
/** Number of material files in a content folder: the build sizes its memory use by it (scripts/build.ts, admin-bundle.ts). */
export function materialCount(contentDir = process.env.CONTENT_DIR ?? 'content'): number {
  const dir = path.resolve(contentDir, 'materials');
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.md')).length : 0;
}

/**
 * The site's address from settings.yaml, for astro.config.mjs (sitemap, canonical links). Undefined while the file
 * cannot be read or the address is not one: Astro would stop with its own English stack trace before the content
 * check could name the file and the line.
 */
export function siteAddress(contentDir = process.env.CONTENT_DIR ?? 'content'): string | undefined {
  try {
    const site = parseYaml(fs.readFileSync(path.resolve(contentDir, SETTINGS_FILE), 'utf8')).site;
    return typeof site === 'string' && URL.canParse(site) ? site : undefined;
  } catch {
    return undefined;
  }
}

/** Why a content file could not be read, in one Russian line (the syntax errors of frontmatter.ts already are). */
export function readError(error: unknown): string {
  if (error instanceof ContentSyntaxError) return error.message;
  return `файл не прочитан: ${(error as Error).message.split('\n')[0]}`;
}

/** Entry files of a collection by its format, the same test the content loader applies (src/data/content-loader.ts). */
export const ENTRY_FILE = { md: /\.md$/, yaml: /\.ya?ml$/ } as const;

function misplacedFile(name: string, format: keyof typeof ENTRY_FILE): string {
  const stem = name.replace(/\.[^.]*$/, '');
  return `файл не попадёт на сайт: в этой папке записи хранятся в файлах ${format === 'md' ? '.md' : '.yaml'} — переименуйте его в «${stem}.${format}»`;
}

export function readContent(root: string, contentDir = 'content', { bodies = true, remember = true }: { bodies?: boolean; remember?: boolean } = {}): ContentTree {
  const tree: ContentTree = { entries: [], unreadable: [] };
  const rel = (p: string) => path.relative(root, p).split(path.sep).join('/');
  for (const def of collections) {
    const dir = path.resolve(root, contentDir, def.name);
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).sort()) {
      const file = path.join(dir, name);
      if (!ENTRY_FILE[def.format].test(name)) {
        // A file the site would not load (Notes.MD, plan.markdown, a YAML file among Markdown ones) is not skipped in silence.
        if (!name.startsWith('.') && fs.statSync(file).isFile()) tree.unreadable.push({ file: rel(file), message: misplacedFile(name, def.format) });
        continue;
      }
      try {
        // A collection whose body is required has its body read for the check (a few pages, never the materials).
        const { data, body, digest } = parsedFile(file, { body: bodies || (def as CollectionDef).bodyRequired === true, remember });
        tree.entries.push({ collection: def.name, file: rel(file), data, digest, ...(body === undefined ? {} : { body }) });
      } catch (error) {
        tree.unreadable.push({ file: rel(file), message: readError(error) });
      }
    }
  }
  const settingsFile = path.resolve(root, contentDir, SETTINGS_FILE);
  if (fs.existsSync(settingsFile)) {
    try {
      tree.settings = { file: rel(settingsFile), data: parseYaml(fs.readFileSync(settingsFile, 'utf8')) };
    } catch (error) {
      tree.unreadable.push({ file: rel(settingsFile), message: readError(error) });
    }
  }
  return tree;
}
