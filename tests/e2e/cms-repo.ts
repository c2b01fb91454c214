/** A throwaway copy of the repository with decap-server on a free port, so CMS tests never write into the real content/. */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { DEFAULT_LOCAL_BACKEND_URL } from '../../src/lib/cms-config.ts';

const COPIED = ['content', 'public', 'src', 'admin', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

export interface CmsRepo { dir: string; apiUrl: string; stop: () => Promise<void> }

export async function startCmsRepo(): Promise<CmsRepo> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-cms-'));
  for (const item of COPIED) fs.cpSync(item, path.join(dir, item), { recursive: true });
  // Packages are linked one by one, so Astro's cache (node_modules/.astro) stays in this copy: a linked node_modules
  // would share it with every other build using the same packages, and a rebuild here could read their content.
  const modules = fs.realpathSync('node_modules');
  fs.mkdirSync(path.join(dir, 'node_modules'));
  for (const name of fs.readdirSync(modules)) {
    if (!name.startsWith('.') || name === '.bin') fs.symlinkSync(path.join(modules, name), path.join(dir, 'node_modules', name));
  }
  const port = await freePort();
  const server: ChildProcess = spawn(process.execPath, [path.resolve('node_modules/decap-server/dist/index.js')], {
    env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: dir, LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  const apiUrl = `http://127.0.0.1:${port}/api/v1`;
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(apiUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"info"}' }).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    dir, apiUrl,
    stop: async () => { server.kill(); fs.rmSync(dir, { recursive: true, force: true }); },
  };
}

/** Sends the admin page's calls to the configured local backend (127.0.0.1:8081) to this test's decap-server instead. */
export async function routeLocalBackend(page: Page, apiUrl: string): Promise<void> {
  await page.route(DEFAULT_LOCAL_BACKEND_URL, async (route) => {
    // A call still in flight when the test closes the page has nobody to answer to.
    await route.fetch({ url: apiUrl }).then((response) => route.fulfill({ response })).catch(() => undefined);
  });
}
