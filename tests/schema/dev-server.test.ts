import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser } from '../e2e/browser.ts';
import { contentTree } from './fixtures.ts';

const freePort = () => new Promise<number>((resolve) => {
  const s = net.createServer().listen(0, '127.0.0.1', () => { const { port } = s.address() as net.AddressInfo; s.close(() => resolve(port)); });
});

let server: ChildProcess | undefined;
afterAll(() => { server?.kill('SIGTERM'); });

describe('dev server (npm start) with a broken content file', () => {
  it('keeps serving the site, names the error in the terminal and on the open page, and takes the fixed file', async () => {
    const tree = contentTree('frontmatter-tab-indent');
    const file = path.join(tree, 'content/materials/sample.md');
    const port = await freePort();
    let output = '';
    server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--ignore-lock'], {
      env: { ...process.env, NODE_ENV: 'development', VITEST: undefined, CONTENT_DIR: path.join(tree, 'content'), ASTRO_CACHE_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'portal-dev-cache-')) },
    });
    server.stdout!.on('data', (d) => { output += d; });
    server.stderr!.on('data', (d) => { output += d; });
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    await expect.poll(() => output, { timeout: 60_000 }).toMatch(/watching for file changes|Local\s+http/);
    const url = `http://127.0.0.1:${port}`;

    await expect.poll(async () => (await fetch(`${url}/`)).status, { timeout: 30_000 }).toBe(200);
    expect(output).toContain('content/materials/sample.md: строка 13: отступ сделан символом табуляции');
    expect(output).not.toMatch(/Stack trace|YAMLException/);

    if (hasChromium) {
      const browser = await launchBrowser();
      try {
        const page = await browser.newPage();
        await page.goto(`${url}/`);
        await expect.poll(() => page.evaluate(() => document.querySelector('astro-error-overlay, vite-error-overlay')?.shadowRoot?.textContent ?? ''), { timeout: 15_000 })
          .toContain('строка 13: отступ сделан символом табуляции');
      } finally {
        await browser.close();
      }
    }

    // The methodist fixes the file: the check runs again and the material appears. (Its attachment is left out: the dev
    // server looks for files in the project's public/, which does not have the fixture's.)
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^files:\n(?:[ \t].*\n)+/m, ''));
    await expect.poll(() => output, { timeout: 30_000 }).toContain('Ошибок в содержимом больше нет');
    await expect.poll(async () => (await fetch(`${url}/materials/sample/`)).status, { timeout: 30_000 }).toBe(200);
    expect(await Promise.race([exited.then(() => 'exited'), Promise.resolve('running')])).toBe('running');
  });
});
