/** Page-weight budgets: which budget a built page has, what it loads, and whether its gzip bytes fit. */
import { gzipSync } from 'node:zlib';

const KB = 1024;

export interface Budget {
  /** Name shown in reports. */
  name: string;
  /** Max gzip bytes of the page's HTML. */
  html: number;
  /** Max gzip bytes of all JavaScript the page loads (external, module preloads and inline). */
  js: number;
  /** Max gzip bytes of everything on load: HTML + JS + CSS + data files the page fetches on load. */
  onLoad?: number;
}

/**
 * Budgets by URL path, first match wins. The catalogue's "on load" figure counts the data files it
 * declares with <link rel="preload" href="…"> or a data-onload-src="…" attribute (see bench/README.md).
 * Programme pages hold the indicator dashboard (charts), so they share the indicator budget.
 */
export const BUDGETS: { match: RegExp; budget: Budget }[] = [
  { match: /^\/materials\/$/, budget: { name: 'каталог материалов', html: 150 * KB, js: 15 * KB, onLoad: 100 * KB } },
  { match: /^\/(indicators|programmes)\/[^/]+\//, budget: { name: 'показатели и программа', html: 150 * KB, js: 70 * KB } },
  // The CMS is the methodists' editor, not a reader's page: Decap from npm is one ~1.6 MB gzip bundle (docs/cms.md).
  { match: /^\/admin\/$/, budget: { name: 'редактор содержимого (Decap CMS)', html: 150 * KB, js: 2048 * KB } },
  { match: /^\//, budget: { name: 'прочие страницы', html: 150 * KB, js: 15 * KB } },
];

export function budgetFor(urlPath: string): Budget {
  return BUDGETS.find((b) => b.match.test(urlPath))!.budget;
}

export interface PageAssets {
  /** External scripts: <script src>, <link rel="modulepreload">. */
  scripts: string[];
  /** Inline script bodies (not JSON data blocks). */
  inlineScripts: string[];
  styles: string[];
  /** Data fetched on load: <link rel="preload"> that is not a script or style, and data-onload-src attributes. */
  data: string[];
}

const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'))?.slice(1).find((v) => v !== undefined);

/** Everything a page's HTML makes the browser load, by kind. */
export function pageAssets(html: string): PageAssets {
  const assets: PageAssets = { scripts: [], inlineScripts: [], styles: [], data: [] };
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const open = `<script${m[1]}>`;
    const src = attr(open, 'src');
    const type = (attr(open, 'type') ?? '').toLowerCase();
    if (src) assets.scripts.push(src);
    else if (!/json|template|text\/plain/.test(type) && m[2].trim()) assets.inlineScripts.push(m[2]);
  }
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(m[0], 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(m[0], 'href');
    if (!href) continue;
    if (rel.includes('stylesheet')) assets.styles.push(href);
    else if (rel.includes('modulepreload')) assets.scripts.push(href);
    else if (rel.includes('preload')) {
      const as = (attr(m[0], 'as') ?? '').toLowerCase();
      if (as === 'script') assets.scripts.push(href);
      else if (as === 'style') assets.styles.push(href);
      else if (as !== 'font' && as !== 'image') assets.data.push(href);
    }
  }
  for (const m of html.matchAll(/\sdata-onload-src\s*=\s*"([^"]+)"/gi)) assets.data.push(m[1]);
  const unique = (list: string[]) => [...new Set(list)];
  return { scripts: unique(assets.scripts), inlineScripts: assets.inlineScripts, styles: unique(assets.styles), data: unique(assets.data) };
}

export const gzipBytes = (content: string | Uint8Array): number => gzipSync(content, { level: 9 }).length;

export interface PageWeight {
  page: string;
  budget: Budget;
  html: number;
  js: number;
  css: number;
  data: number;
  onLoad: number;
  /** Referenced files that are not in the build (counted as 0 bytes and reported). */
  missing: string[];
  /** Human-readable reasons the page is over budget; empty when it fits. */
  over: string[];
}

/**
 * Weighs one page. `fileGzip(url)` returns the gzip bytes of a site file by its URL, or undefined when it is absent;
 * the caller caches it, since every page shares the same scripts and styles.
 */
export function weighPage(page: string, html: string, fileGzip: (url: string) => number | undefined): PageWeight {
  const budget = budgetFor(page);
  const assets = pageAssets(html);
  const missing: string[] = [];
  const sum = (urls: string[]) => urls.reduce((total, url) => {
    const local = url.startsWith('/') && !url.startsWith('//');
    const bytes = local ? fileGzip(url.split(/[?#]/)[0]) : undefined;
    if (bytes === undefined) missing.push(url);
    return total + (bytes ?? 0);
  }, 0);
  const htmlBytes = gzipBytes(html);
  const js = sum(assets.scripts) + assets.inlineScripts.reduce((t, s) => t + gzipBytes(s), 0);
  const css = sum(assets.styles);
  const data = sum(assets.data);
  const onLoad = htmlBytes + js + css + data;
  const over: string[] = [];
  const kb = (n: number) => `${(n / KB).toFixed(1)} КБ`;
  if (htmlBytes > budget.html) over.push(`HTML ${htmlBytes} Б (${kb(htmlBytes)}) > ${kb(budget.html)}`);
  if (js > budget.js) over.push(`JS ${js} Б (${kb(js)}) > ${kb(budget.js)}`);
  if (budget.onLoad !== undefined && onLoad > budget.onLoad) over.push(`при загрузке ${onLoad} Б (${kb(onLoad)}) > ${kb(budget.onLoad)}`);
  return { page, budget, html: htmlBytes, js, css, data, onLoad, missing, over };
}

/** URL path of a built HTML file relative to dist/ ("materials/index.html" → "/materials/"). */
export function pagePath(relativeFile: string): string {
  const p = `/${relativeFile.split('\\').join('/')}`;
  return p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p;
}

/** The heaviest page of each budget, for the report table. */
export function heaviestByBudget(weights: PageWeight[]): PageWeight[] {
  const best = new Map<string, PageWeight>();
  for (const w of weights) {
    const prev = best.get(w.budget.name);
    if (!prev || w.html + w.js > prev.html + prev.js) best.set(w.budget.name, w);
  }
  return BUDGETS.map((b) => best.get(b.budget.name)).filter((w): w is PageWeight => !!w);
}
