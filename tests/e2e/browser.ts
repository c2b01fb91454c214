/** Launches the Debian Chromium for browser tests, with flags that keep it off the (closed) network. */
import fs from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = fs.existsSync(CHROMIUM_PATH);

const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** `extraArgs`: more Chromium flags, e.g. `--lang=ru-RU` for a browser whose own language is Russian. */
export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  // Playwright gives each launch its own temporary profile; it refuses an explicit --user-data-dir.
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...ARGS, ...extraArgs] });
}

/** Base URL of the built site served for this test run. */
export function siteUrl(pathname = '/'): string {
  return new URL(pathname, inject('siteUrl')).href;
}

/** Opens a page and collects console errors and requests to other hosts, which tests can assert on. */
export async function openPage(browser: Browser, pathname: string, options: { viewport?: { width: number; height: number }; javaScriptEnabled?: boolean; acceptDownloads?: boolean; base?: string } = {}): Promise<{ page: Page; errors: string[]; foreignRequests: string[] }> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 900 }, javaScriptEnabled: options.javaScriptEnabled ?? true, acceptDownloads: options.acceptDownloads ?? true, locale: 'ru-RU' });
  const page = await context.newPage();
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  // `base` opens another served site (e.g. the hostile-content fixture) instead of dist/.
  const base = options.base ?? siteUrl();
  const origin = new URL(base).origin;
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('request', (r) => {
    const u = r.url();
    if (/^https?:/.test(u) && new URL(u).origin !== origin) foreignRequests.push(u);
  });
  await page.goto(new URL(pathname, base).href);
  return { page, errors, foreignRequests };
}
