/** Astro integration: after the build writes sitemap.xml (every built page) and _headers (the CSP as an HTTP header). */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { renderSitemap } from '../lib/feeds.ts';
import { contentSecurityPolicy } from '../lib/csp.ts';
import { VISION_BOOT_SCRIPT } from '../lib/vision.ts';
import { parseYaml } from '../lib/frontmatter.ts';
import { settingsSchema, SETTINGS_FILE } from '../schema/collections.ts';

/** Video player hosts from the content's settings (the same field the layout's <meta> CSP reads). */
export function videoHosts(contentDir = process.env.CONTENT_DIR ?? 'content'): string[] {
  const file = path.resolve(contentDir, SETTINGS_FILE);
  const data = fs.existsSync(file) ? (parseYaml(fs.readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  return settingsSchema.shape.video_hosts.parse(data?.video_hosts);
}

/** Netlify / Cloudflare Pages header file; the README shows the same for nginx. */
export function renderHeaders(frameHosts: readonly string[] = videoHosts()): string {
  return [
    '/*',
    `  Content-Security-Policy: ${contentSecurityPolicy({ inlineScripts: [VISION_BOOT_SCRIPT], forHeader: true, frameHosts })}`,
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
