/** Measures the CMS: gzip size of the admin bundle and, in Chromium, the time to open /admin/ and the materials list with N generated materials. */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { generateMaterials } from './generate-materials.ts';
import { serveStatic } from '../tests/e2e/static-server.ts';
import { routeLocalBackend, startCmsRepo } from '../tests/e2e/cms-repo.ts';

const count = Number(process.argv[2] ?? 1000);
const dist = path.resolve('dist');
const entry = /src="(\/_astro\/[^"]+\.js)"/.exec(fs.readFileSync(path.join(dist, 'admin/index.html'), 'utf8'))![1];
const bundle = fs.readFileSync(path.join(dist, entry));
console.log(`admin bundle ${entry}: ${(bundle.length / 1e6).toFixed(2)} MB, gzip -9 ${(zlib.gzipSync(bundle, { level: 9 }).length / 1e6).toFixed(2)} MB`);

const repo = await startCmsRepo();
generateMaterials(count, path.join(repo.dir, 'content'), 'content');
console.log(`materials: ${fs.readdirSync(path.join(repo.dir, 'content/materials')).length}`);
const site = await serveStatic(dist);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  for (let run = 1; run <= 3; run++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await routeLocalBackend(page, repo.apiUrl);
    const t0 = performance.now();
    await page.goto(`${site.url}/admin/#/collections/materials`);
    await page.getByRole('button', { name: 'Войти' }).waitFor();
    const login = performance.now() - t0;
    const t1 = performance.now();
    await page.getByRole('button', { name: 'Войти' }).click();
    await page.locator('a[href*="/collections/materials/entries/"]').first().waitFor({ timeout: 120_000 });
    const list = performance.now() - t1;
    const t2 = performance.now();
    await page.locator('a[href*="/collections/materials/entries/"]').first().click();
    await page.locator('#title-field-1').waitFor();
    const open = performance.now() - t2;
    console.log(`run ${run}: /admin/ ready ${Math.round(login)} ms; materials list (${count}) ${Math.round(list)} ms; open an entry ${Math.round(open)} ms`);
    await page.close();
  }
} finally {
  await browser.close(); await site.close(); await repo.stop();
}
