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

export function readContent(root: string, contentDir = 'content'): ContentTree {
  const tree: ContentTree = { entries: [], unreadable: [] };
  const rel = (p: string) => path.relative(root, p).split(path.sep).join('/');
  for (const def of collections) {
    const dir = path.resolve(root, contentDir, def.name);
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).sort()) {
      if (!/\.(md|ya?ml)$/.test(name)) continue;
      const file = path.join(dir, name);
      try {
        const source = fs.readFileSync(file, 'utf8');
        if (name.endsWith('.md')) {
          const { data, body } = splitFrontmatter(source);
          tree.entries.push({ collection: def.name, file: rel(file), data, body });
        } else {
          tree.entries.push({ collection: def.name, file: rel(file), data: parseYaml(source) });
        }
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
