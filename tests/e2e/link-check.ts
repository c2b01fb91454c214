/** Checks a built site's internal links, #anchors and attachment files without a browser (fast, over dist/ files). */
import fs from 'node:fs';
import path from 'node:path';

const ids = new Map<string, Set<string>>();

function idsOf(file: string): Set<string> {
  let set = ids.get(file);
  if (!set) {
    const html = fs.readFileSync(file, 'utf8');
    set = new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => decodeHtml(m[1])));
    ids.set(file, set);
  }
  return set;
}

function decodeHtml(s: string): string {
  return s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** The file a site path is served from, as a static host would resolve it (directory → index.html). */
export function resolveSitePath(dist: string, sitePath: string): string | undefined {
  const file = path.join(dist, decodeURIComponent(sitePath));
  if (!file.startsWith(dist)) return undefined;
  if (fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  const index = path.join(file, 'index.html');
  return fs.existsSync(index) ? index : undefined;
}

/** Broken internal links of one page, as «page → href: reason». */
export function brokenLinks(dist: string, pagePath: string, file: string): string[] {
  const html = fs.readFileSync(file, 'utf8');
  const problems: string[] = [];
  const base = new URL(pagePath, 'http://site.invalid');
  for (const m of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
    const raw = decodeHtml(m[2]);
    if (/^(mailto|tel):/i.test(raw)) continue;
    const url = new URL(raw, base);
    if (url.origin !== base.origin) continue; // external links are the methodist's, checked by a human
    const target = url.pathname === base.pathname ? file : resolveSitePath(dist, url.pathname);
    if (!target) { problems.push(`${pagePath} → ${raw}: no such page or file`); continue; }
    const hash = decodeURIComponent(url.hash.slice(1));
    if (hash && target.endsWith('.html') && !idsOf(target).has(hash)) problems.push(`${pagePath} → ${raw}: no element with id «${hash}»`);
  }
  return problems;
}
