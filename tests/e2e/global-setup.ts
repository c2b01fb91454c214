/** Serves the built site for the browser tests and decides whether Chromium is there. */
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server.ts';
import { CHROMIUM_PATH } from './browser.ts';
import { buildFixtureSite } from './fixture-site.ts';

export default async function setup(project: TestProject) {
  const dist = path.resolve('dist');
  if (!fs.existsSync(path.join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does it).');
  if (!fs.existsSync(CHROMIUM_PATH)) {
    if (process.env.CI) throw new Error(`Chromium not found at ${CHROMIUM_PATH}: CI must install it (apt-get install -y chromium). Browser tests never skip in CI.`);
    console.warn(`\n${'!'.repeat(72)}\n!! Chromium not found at ${CHROMIUM_PATH}: BROWSER TESTS ARE SKIPPED.\n!! Install it with: apt-get update && apt-get install -y chromium\n${'!'.repeat(72)}\n`);
  }
  const server = await serveStatic(dist);
  project.provide('siteUrl', server.url);
  // The hostile-content fixture: one entry of every template, built from tests/fixtures/hostile.
  const fixture = await serveStatic(buildFixtureSite());
  project.provide('fixtureUrl', fixture.url);
  return async () => { await server.close(); await fixture.close(); };
}

declare module 'vitest' {
  export interface ProvidedContext { siteUrl: string; fixtureUrl: string }
}
