/**
 * `npm run build`: Astro's build (pages, then the search index alongside) with a Node heap limit that follows the content size.
 * V8 lets the heap grow up to its limit before collecting hard, so a fixed large limit makes a 10 000-material build hold
 * three times the memory it needs; 1 GB plus 20 MB per 1 000 materials, at most 2 GB, keeps 10 000 under 2 GB and
 * leaves room at 100 000 for the search worker (its own 512 MB limit) and Pagefind's process under 4 GB in all.
 */
import { spawnSync } from 'node:child_process';
import { materialCount } from '../src/integrations/content-files.ts';

const materials = materialCount();
const heapMb = Math.min(2048, 1024 + Math.ceil(materials / 1000) * 20);
// glibc gives every thread (libuv's pool, the search worker) its own malloc arena, which holds freed memory; two
// arenas keep the process's resident memory close to what it uses.
const env = { ...process.env, MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2' };
const result = spawnSync(process.execPath, [`--max-old-space-size=${heapMb}`, 'node_modules/astro/bin/astro.mjs', 'build', ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
