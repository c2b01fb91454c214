/**
 * The one list of page templates every site-wide browser check runs over (axe, 320 px, outside requests, focus).
 * A template is a fixed path, or "the first entry of a collection" resolved from the content tree the site was built from.
 * Add a line here when a new kind of page appears; every check then covers it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import type { Page } from 'playwright-core';
import { readContent } from '../../src/integrations/content-files.ts';
import { entryUrl } from '../../src/lib/urls.ts';
import { FIXTURE_CONTENT, FIXTURE_DIST } from './fixture-site.ts';

export interface TemplateDef {
  name: string;
  /** Fixed path (may carry a query, e.g. search with results or the catalogue with filters open). */
  path?: string;
  /** Or: the page of the first entry of this collection. */
  collection?: string;
  /** Path under that entry's page, e.g. 'indicators/' for a programme's dashboard. */
  suffix?: string | ((data: Record<string, unknown>) => string);
  /** Expected HTTP status (404 page). */
  status?: number;
  /** Selector that appears once the page's script has drawn what the check must see (filtered catalogue, search results). */
  ready?: string;
}

export const TEMPLATES: TemplateDef[] = [
  { name: 'home', path: '/' },
  { name: 'catalogue', path: '/materials/' },
  // Facets chosen in the address, as the catalogue script keeps them (src/lib/facets.ts, params from the schema's `filter`).
  { name: 'catalogue with filters', path: '/materials/?subject=mathematics&level=ooo', ready: '[data-catalogue][data-rendered] [data-facets] input:checked' },
  { name: 'material', collection: 'materials' },
  { name: 'taxonomy term', collection: 'deficits' },
  { name: 'case', collection: 'cases' },
  { name: 'case bank', collection: 'banks' },
  // The roadmap, with its filters, is a section of the programme page, not a page of its own.
  { name: 'programme', collection: 'programmes' },
  { name: 'programme dashboard', collection: 'programmes', suffix: 'indicators/' },
  { name: 'yearly report', collection: 'programmes', suffix: (data) => `report/${(data.period as { start: number }).start}/` },
  { name: 'indicator', collection: 'indicators' },
  { name: 'events', path: '/events/' },
  { name: 'event', collection: 'events' },
  { name: 'content page', collection: 'pages' },
  { name: 'search', path: '/search/?q=%D0%98%D0%9E%D0%9C', ready: '#search-status:not(:empty)' },
  { name: '404', path: '/net-takoy-stranicy/', status: 404 },
];

export interface Template { name: string; path: string; status: number; ready?: string }

/** Waits until the template's script has drawn the state the checks look at. */
export async function templateReady(page: Page, t: { ready?: string }): Promise<void> {
  if (t.ready) await page.waitForSelector(t.ready, { state: 'attached' });
}

/** Templates a built site has: collection templates whose collection is empty are left out. */
export function resolveTemplates(contentDir: string): Template[] {
  const tree = readContent(process.cwd(), path.relative(process.cwd(), contentDir));
  const result: Template[] = [];
  for (const t of TEMPLATES) {
    let p = t.path;
    if (t.collection) {
      const entry = tree.entries.find((e) => e.collection === t.collection && typeof (e.data as { slug?: unknown })?.slug === 'string');
      const data = entry?.data as Record<string, unknown> & { slug: string } | undefined;
      if (data) p = entryUrl(t.collection, data.slug) + (typeof t.suffix === 'function' ? t.suffix(data) : t.suffix ?? '');
    }
    if (p) result.push({ name: t.name, path: p, status: t.status ?? 200, ready: t.ready });
  }
  return result;
}

export interface BuiltSite { label: string; base: string; dist: string; templates: Template[] }

/**
 * Pages outside the common layout that the outside-request check opens too, when the build has them.
 * The editor is checked once its bundle has drawn a screen: without decap-server that is the login screen («Войти через GitHub»).
 */
export const OTHER_PAGES: Template[] = [{ name: 'editor', path: '/admin/', status: 200, ready: 'body button' }];

export function otherPages(dist: string): Template[] {
  return OTHER_PAGES.filter((p) => fs.existsSync(path.join(dist, p.path, 'index.html')));
}

/** The two sites every check runs on: the real content in dist/, and the hostile fixture, which has every template. */
export function builtSites(): BuiltSite[] {
  return [
    { label: 'site', base: inject('siteUrl'), dist: path.resolve('dist'), templates: resolveTemplates(path.resolve('content')) },
    { label: 'fixture', base: inject('fixtureUrl'), dist: FIXTURE_DIST, templates: resolveTemplates(FIXTURE_CONTENT) },
  ];
}

/** Every HTML file of a built site, as [site path, file]. */
export function htmlFiles(dist: string): [string, string][] {
  const out: [string, string][] = [];
  const walk = (dir: string) => {
    for (const item of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, item.name);
      if (item.isDirectory()) walk(full);
      else if (item.name.endsWith('.html')) {
        const rel = '/' + path.relative(dist, full).split(path.sep).join('/');
        out.push([rel.replace(/index\.html$/, ''), full]);
      }
    }
  };
  walk(dist);
  return out.sort(([a], [b]) => a.localeCompare(b));
}
