/** Reads every content file of every collection from disk, without validating it. */
import fs from 'node:fs';
import path from 'node:path';
import { collections, SETTINGS_FILE } from '../schema/collections.ts';
import { parseYaml, splitFrontmatter } from '../lib/frontmatter.ts';
import type { RawEntry } from '../lib/content-validation.ts';

export interface ContentTree {
  entries: RawEntry[];
  settings?: { file: string; data: unknown };
  /** Files that are not valid YAML at all: named with the parser's message. */
  unreadable: { file: string; message: string }[];
}

/**
 * Parsed frontmatter of this process by absolute path: the content check and the search index parse each file once.
 * Bodies are not kept (at 100 000 materials they would hold hundreds of megabytes for the whole build).
 */
const parsed = new Map<string, { stamp: string; data: Record<string, unknown> }>();

function parseFile(file: string, withBody: boolean, remember: boolean): { data: Record<string, unknown>; body?: string } {
  const stat = fs.statSync(file);
  const stamp = `${stat.mtimeMs}:${stat.size}`;
  const known = parsed.get(file);
  const markdown = file.endsWith('.md');
  if (known?.stamp === stamp && !(withBody && markdown)) return { data: known.data };
  const source = fs.readFileSync(file, 'utf8');
  const result = markdown ? splitFrontmatter(source) : { data: parseYaml(source) };
  if (remember) parsed.set(file, { stamp, data: result.data });
  return withBody ? result : { data: result.data };
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

export function readContent(root: string, contentDir = 'content', { bodies = true, remember = true }: { bodies?: boolean; remember?: boolean } = {}): ContentTree {
  const tree: ContentTree = { entries: [], unreadable: [] };
  const rel = (p: string) => path.relative(root, p).split(path.sep).join('/');
  for (const def of collections) {
    const dir = path.resolve(root, contentDir, def.name);
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).sort()) {
      if (!/\.(md|ya?ml)$/.test(name)) continue;
      const file = path.join(dir, name);
      try {
        const { data, body } = parseFile(file, bodies, remember);
        tree.entries.push({ collection: def.name, file: rel(file), data, ...(body === undefined ? {} : { body }) });
      } catch (error) {
        tree.unreadable.push({ file: rel(file), message: (error as Error).message.split('\n')[0] });
      }
    }
  }
  const settingsFile = path.resolve(root, contentDir, SETTINGS_FILE);
  if (fs.existsSync(settingsFile)) {
    try {
      tree.settings = { file: rel(settingsFile), data: parseYaml(fs.readFileSync(settingsFile, 'utf8')) };
    } catch (error) {
      tree.unreadable.push({ file: rel(settingsFile), message: (error as Error).message.split('\n')[0] });
    }
  }
  return tree;
}
