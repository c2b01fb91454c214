/** One collection: the generated materials, read by Astro's glob loader without a schema. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';

const base = path.resolve(process.env.BENCH_CONTENT_DIR ?? '../../content-generated', 'materials');

export const collections = { materials: defineCollection({ loader: glob({ pattern: '*.md', base }) }) };
