/** Astro integration: after the build writes sitemap.xml (every built page) and _headers (the CSP as an HTTP header). */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { renderSitemap } from '../lib/feeds.ts';
import { contentSecurityPolicy } from '../lib/csp.ts';
import { VISION_BOOT_SCRIPT } from '../lib/vision.ts';

/** Netlify / Cloudflare Pages header file; the README shows the same for nginx. */
export function renderHeaders(): string {
  return [
    '/*',
    `  Content-Security-Policy: ${contentSecurityPolicy({ inlineScripts: [VISION_BOOT_SCRIPT], forHeader: true })}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '',
  ].join('\n');
}

export default function siteFiles(): AstroIntegration {
  let site = '';
  return {
    name: 'site-files',
    hooks: {
      'astro:config:done': ({ config }) => { site = config.site ?? ''; },
      'astro:build:done': ({ dir, pages }) => {
        const out = fileURLToPath(dir);
        const paths = pages.map((p) => `/${p.pathname}`).filter((p) => p.endsWith('/'));
        if (site) fs.writeFileSync(path.join(out, 'sitemap.xml'), renderSitemap(site, paths));
        // The CMS at /admin/ carries its own policy: it is not a page of this layout.
        if (!fs.existsSync(path.join(out, '_headers'))) fs.writeFileSync(path.join(out, '_headers'), renderHeaders());
      },
    },
  };
}
