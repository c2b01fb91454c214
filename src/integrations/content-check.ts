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

/** The messages as one Russian block: what the terminal, the failed build and the dev server's error overlay show. */
export function contentReport(messages: string[]): string {
  return `Ошибки в содержимом (${messages.length}):\n${messages.map((m) => `  • ${m}`).join('\n')}`;
}

export default function contentCheck(): AstroIntegration {
  let check: () => string[] = () => [];
  let messages: string[] = [];
  let contentRoot = '';
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        const contentDir = process.env.CONTENT_DIR ?? 'content';
        const publicDir = path.relative(root, fileURLToPath(config.publicDir));
        contentRoot = path.resolve(root, contentDir);
        check = () => checkContentAt(root, contentDir, publicDir, fileURLToPath(config.cacheDir));
        messages = check();
        if (messages.length === 0) return;
        logger.error(contentReport(messages));
        // The build stops with this list only: a thrown error would come wrapped in Astro's English «An unhandled error
        // occurred…» and an empty stack trace. The dev server keeps running so the methodist can fix the file.
        if (command === 'build') process.exit(1);
      },
      'astro:server:setup': ({ server, logger }) => {
        // The dev server checks again after each saved content file: the terminal and the open page (Astro's error
        // overlay) show the Russian list until the files are fixed; the page reloads when they are.
        const hot = server.environments.client.hot;
        const show = () => {
          if (!messages.length) return;
          // The overlay puts the message in as HTML: a value quoted from a file stays text. The copy button copies `stack`.
          const html = messages.map((m) => `• ${m}`).join('\n').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
          hot.send({ type: 'error', err: {
            name: 'content-check', title: `Ошибки в содержимом (${messages.length})`, message: html, stack: contentReport(messages),
            hint: 'Исправьте и сохраните файл — страница обновится сама. Пока записи с ошибками на сайте не показаны или показаны в прежнем виде.',
          } });
        };
        server.ws.on('connection', show);
        server.watcher.add(contentRoot);
        let timer: NodeJS.Timeout | undefined;
        server.watcher.on('all', (_event, file) => {
          if (!path.resolve(file).startsWith(contentRoot + path.sep) && !file.includes(`${path.sep}uploads${path.sep}`)) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            const before = messages;
            messages = check();
            if (messages.length) {
              logger.error(contentReport(messages));
              show();
            } else if (before.length) {
              logger.info('Ошибок в содержимом больше нет.');
              hot.send({ type: 'full-reload' });
            }
          }, 300);
        });
      },
    },
  };
}
