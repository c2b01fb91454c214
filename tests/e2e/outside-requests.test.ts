import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { hasChromium, launchBrowser, openPage } from './browser.ts';
import { builtSites, otherPages, templateReady } from './templates.ts';
import { DEFAULT_LOCAL_BACKEND_URL } from '../../src/lib/cms-config.ts';
import { frameSources } from '../../src/lib/video.ts';
import { videoHosts } from '../../src/integrations/site-files.ts';

// Decap probes its local Git backend (decap-server) only when /admin/ is opened on 127.0.0.1 or localhost
// (local_backend.allowed_hosts); this test serves the site from 127.0.0.1, so that one loopback probe is expected.
const localBackend = new URL(DEFAULT_LOCAL_BACKEND_URL).origin;

describe.skipIf(!hasChromium)('no request to any other host', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launchBrowser(); });
  afterAll(async () => { await browser?.close(); });

  for (const site of builtSites()) {
    const pages = [...site.templates, ...otherPages(site.dist)];
    for (const t of pages) {
      it(`${site.label}: ${t.name} (${t.path}) requests nothing from another host and breaks no rule of its CSP`, async () => {
        const { page, errors, foreignRequests } = await openPage(browser, t.path, { base: site.base });
        await templateReady(page, t);
        // Use the page as a reader would: open the vision panel, scroll to the end so anything lazy loads.
        const toggle = page.locator('.vision summary');
        if (await toggle.count()) await toggle.click();
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await page.waitForLoadState('networkidle');
        const outside = t.path.startsWith('/admin/') ? foreignRequests.filter((u) => new URL(u).origin !== localBackend) : foreignRequests;
        expect(outside, `${t.path}: requests to other hosts`).toEqual([]);
        // The 404 page itself is served with status 404, which Chromium logs; any other error counts.
        const ownStatus = (e: string) => t.status === 404 && /status of 404/.test(e);
        // The editor logs its own start-up noise (the absent local backend, React warnings); there only CSP violations count.
        const counted = t.path.startsWith('/admin/') ? errors.filter((e) => /Content Security Policy|Refused to/i.test(e)) : errors;
        expect(counted.filter((e) => !ownStatus(e)), `${t.path}: console errors (CSP violations show here)`).toEqual([]);
        await page.context().close();
      });
    }
  }

  it('every page of the layout carries a CSP that allows only the site itself (and the allowed video players in frames), and _headers repeats it for the server', () => {
    const dist = path.resolve('dist');
    const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
    const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
    expect(meta).toMatch(/^default-src 'self';/);
    const directives = meta!.split('; ');
    // Only frame-src names other hosts: exactly the video players listed in the settings, loaded after the reader's click.
    expect(directives.find((d) => d.startsWith('frame-src '))).toBe(`frame-src ${frameSources(videoHosts()).join(' ')}`);
    expect(directives.filter((d) => !d.startsWith('frame-src ')).join('; ')).not.toMatch(/https?:|\*|'unsafe-eval'|script-src[^;]*'unsafe-inline'/);
    const headers = fs.readFileSync(path.join(dist, '_headers'), 'utf8');
    expect(headers).toContain(`Content-Security-Policy: ${meta}; frame-ancestors 'self'`);
  });
});
