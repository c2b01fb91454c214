/** Astro integration: validates all content before the build or dev server starts, and stops with readable messages. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatProblem, schemaProblems, validateContent } from '../lib/content-validation.ts';
import { parseYaml } from '../lib/frontmatter.ts';
import { THESAURUS_FILE, thesaurusSchema } from '../schema/thesaurus.ts';
import { loadParsedMemo, readContent, readError, saveParsedMemo } from './content-files.ts';

/**
 * Runs every content check over a repository folder and returns the messages (empty when all is well). With a cache
 * folder, the parsed frontmatter is kept there for the next run (the content loaders of this build use it too).
 */
export function checkContentAt(root: string, contentDir = 'content', publicDir = 'public', cacheDir?: string): string[] {
  // Only frontmatter is checked; bodies are not read into memory.
  if (cacheDir) loadParsedMemo(root, cacheDir);
  const tree = readContent(root, contentDir, { bodies: false });
  if (cacheDir) saveParsedMemo(root, cacheDir, contentDir);
  const problems = validateContent(tree.entries, tree.settings, {
    fileExists: (sitePath) => fs.existsSync(path.join(path.resolve(root, publicDir), decodeURI(sitePath))),
    fileSize: (sitePath) => fs.statSync(path.join(path.resolve(root, publicDir), decodeURI(sitePath)), { throwIfNoEntry: false })?.size,
    unreadable: tree.unreadable.map((u) => u.file),
  });
  const thesaurus = path.resolve(root, contentDir, THESAURUS_FILE);
  if (fs.existsSync(thesaurus)) {
    const file = path.relative(root, thesaurus).split(path.sep).join('/');
    try {
      problems.push(...schemaProblems(thesaurusSchema, file, parseYaml(fs.readFileSync(thesaurus, 'utf8'))));
    } catch (error) {
      tree.unreadable.push({ file, message: readError(error) });
    }
  }
  return [
    ...tree.unreadable.map((u) => `${u.file}: ${u.message}`),
    ...problems.map(formatProblem),
  ];
}

export class ContentError extends Error {
  constructor(messages: string[]) {
    super(`Ошибки в содержимом (${messages.length}):\n${messages.map((m) => `  • ${m}`).join('\n')}`);
    this.name = 'ContentError';
    this.stack = this.message;
  }
}

export default function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        const messages = checkContentAt(root, process.env.CONTENT_DIR ?? 'content', path.relative(root, fileURLToPath(config.publicDir)), fileURLToPath(config.cacheDir));
        if (messages.length === 0) return;
        for (const m of messages) logger.error(m);
        // In dev the server keeps running so the methodist can fix the file; the build must stop.
        if (command === 'build') throw new ContentError(messages);
      },
    },
  };
}
