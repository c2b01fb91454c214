import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { parse } from 'yaml';
import { builtSites, htmlFiles } from './templates.ts';
import { brokenLinks, resolveSitePath } from './link-check.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('built pages are valid, linked and findable', () => {
  for (const site of builtSites()) {
    const files = htmlFiles(site.dist);

    it(`${site.label}: every built page passes html-validate with 0 errors`, async () => {
      const errors: string[] = [];
      for (const [pagePath, file] of files) {
        const report = await validator.validateFile(file);
        for (const r of report.results) for (const m of r.messages) errors.push(`${pagePath}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
      expect(errors).toEqual([]);
      expect(files.length).toBeGreaterThan(10);
    });

    it(`${site.label}: no broken internal link, anchor or attachment link`, () => {
      expect(files.flatMap(([pagePath, file]) => brokenLinks(site.dist, pagePath, file))).toEqual([]);
    });

    it(`${site.label}: sitemap lists existing pages only; robots.txt and RSS point to the configured site`, () => {
      const settings = parse(fs.readFileSync(path.resolve('content/settings.yaml'), 'utf8')) as { site: string };
      const sitemap = fs.readFileSync(path.join(site.dist, 'sitemap.xml'), 'utf8');
      const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
      expect(locs.length).toBe(files.filter(([p]) => p.endsWith('/') && !p.startsWith('/admin/')).length);
      for (const loc of locs) {
        expect(loc.startsWith(settings.site), loc).toBe(true);
        expect(resolveSitePath(site.dist, new URL(loc).pathname), `${loc} in sitemap.xml is not built`).toBeTruthy();
      }
      expect(fs.readFileSync(path.join(site.dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${settings.site}/sitemap.xml`);
      const rss = fs.readFileSync(path.join(site.dist, 'rss.xml'), 'utf8');
      expect(rss).toMatch(/^<\?xml[^>]+\?>\s*<rss version="2.0"/);
      for (const link of [...rss.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => m[1])) {
        expect(resolveSitePath(site.dist, new URL(link).pathname), `${link} in rss.xml is not built`).toBeTruthy();
      }
    });

    it(`${site.label}: every page has a title, description, canonical URL from the site setting, Open Graph tags and favicon`, () => {
      const settings = parse(fs.readFileSync(path.resolve('content/settings.yaml'), 'utf8')) as { site: string };
      const problems: string[] = [];
      for (const [pagePath, file] of files) {
        if (pagePath.startsWith('/admin/')) continue;
        const html = fs.readFileSync(file, 'utf8');
        const need = (what: string, re: RegExp) => { if (!re.test(html)) problems.push(`${pagePath}: no ${what}`); };
        need('<title>', /<title>[^<]+<\/title>/);
        need('meta description', /<meta name="description" content="[^"]+"/);
        need('favicon', /<link rel="icon" href="\/favicon\.svg"/);
        const canonical = html.match(/<link rel="canonical" href="([^"]+)"/)?.[1];
        if (pagePath === '/404.html') {
          // Served at any missing address: no canonical address of its own, and not to be indexed.
          if (canonical || /og:url/.test(html)) problems.push(`${pagePath}: names a canonical address`);
          need('robots noindex', /<meta name="robots" content="noindex"/);
          continue;
        }
        for (const p of ['og:title', 'og:description', 'og:url', 'og:type', 'og:site_name']) need(p, new RegExp(`<meta property="${p}" content="[^"]+"`));
        const expected = new URL(pagePath, settings.site).href;
        if (!canonical) problems.push(`${pagePath}: no canonical URL`);
        else if (canonical !== expected) problems.push(`${pagePath}: canonical ${canonical}, expected ${expected}`);
      }
      expect(problems).toEqual([]);
      expect(fs.existsSync(path.join(site.dist, 'favicon.svg'))).toBe(true);
      // Browsers ask for /favicon.ico on their own (a CSV or JSON download opened in a tab has no <link rel="icon">).
      const ico = fs.readFileSync(path.join(site.dist, 'favicon.ico'));
      expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 1]);
    });
  }

  it('the validator and the link check do catch errors (so a green run means something)', async () => {
    const probe = path.resolve('.tmp/html-validate-probe.html');
    fs.mkdirSync(path.dirname(probe), { recursive: true });
    fs.writeFileSync(probe, '<!doctype html><html lang="ru"><head><title>x</title></head><body><p id="a"></p><p id="a"></p><img src="x.png"></body></html>');
    const report = await validator.validateFile(probe);
    fs.rmSync(probe);
    expect(report.results[0]?.messages.map((m) => m.ruleId)).toEqual(expect.arrayContaining(['no-dup-id', 'wcag/h37']));
    const dist = builtSites()[0].dist;
    const tmp = path.join(dist, '__link-check-probe.html');
    fs.writeFileSync(tmp, '<a href="/net-takoy/">x</a><a href="/#net-takogo-yakorya">y</a><a href="/files/net.pdf">z</a>');
    try {
      expect(brokenLinks(dist, '/__link-check-probe.html', tmp)).toHaveLength(3);
    } finally { fs.rmSync(tmp); }
  });
});
