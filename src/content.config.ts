/** Astro collections, one per entry of the content model in src/schema/collections.ts. */
import { defineCollection } from 'astro:content';
import fs from 'node:fs';
import path from 'node:path';
import { folderLoader } from './data/content-loader.ts';
import { parseYaml } from './lib/frontmatter.ts';
import { collections as model, settingsSchema, SETTINGS_FILE } from './schema/collections.ts';

/** CONTENT_DIR lets the benchmark and tests build another content tree (generated or broken fixtures). */
const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');

type Model = (typeof model)[number];

function toCollection(def: Model) {
  return defineCollection({
    loader: folderLoader(path.join(contentDir, def.name), def.format),
    schema: def.schema,
  });
}

const fromModel = Object.fromEntries(model.map((def) => [def.name, toCollection(def)])) as {
  // Keep each collection's own schema type so pages get typed entry data.
  [D in Model as D['name']]: Omit<ReturnType<typeof toCollection>, 'schema'> & { schema: D['schema'] };
};

export const collections = {
  ...fromModel,
  settings: defineCollection({
    loader: async () => [{ id: 'site', ...parseYaml(fs.readFileSync(path.join(contentDir, SETTINGS_FILE), 'utf8')) }],
    schema: settingsSchema,
  }),
};
