/** Worker thread of the search-index integration: builds the index off Astro's main thread, so page rendering never waits for it. */
import { parentPort, workerData } from 'node:worker_threads';
import { buildSearchIndex } from './search-index.ts';

const { root, outDir, opts } = workerData as { root: string; outDir: string; opts: Parameters<typeof buildSearchIndex>[2] };
buildSearchIndex(root, outDir, opts).then(
  (report) => parentPort!.postMessage({ report }),
  (error: Error) => parentPort!.postMessage({ error: error.stack ?? String(error) }),
);
