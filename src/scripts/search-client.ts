/** Browser side of search: loads the Pagefind index lazily and renders results safely; used by the header box and /search/. */
import { answersQuery, indexQuery } from '../lib/search-query.ts';
import { abbreviationMatchers, excerptParts, excerptShowsSummary, TERMS_ANCHOR, titleWordCount } from '../lib/search-excerpt.ts';
import { MANIFEST_PATH, type SearchManifest } from '../lib/search-shards.ts';
import { suggestQuery, WORDS_PATH } from '../lib/search-suggest.ts';

export interface ResultData { url: string; excerpt: string; content: string; locations: number[]; meta: Record<string, string>; anchors?: { id: string; location: number }[] }
interface PagefindResult { id: string; data(): Promise<ResultData> }
export interface PagefindSearch { results: PagefindResult[]; filters: Record<string, Record<string, number>>; totalFilters: Record<string, Record<string, number>> }
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(url: string, o?: Record<string, unknown>): Promise<void>;
  search(q: string | null, o?: { filters?: Record<string, unknown>; sort?: Record<string, string> }): Promise<PagefindSearch | null>;
  debouncedSearch(q: string, o?: { filters?: Record<string, unknown> }, ms?: number): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export const NO_INDEX_MESSAGE = 'Поиск заработает на собранном сайте: индекс создаётся командой «npm run build». Пока воспользуйтесь разделами в меню.';

let loading: Promise<Pagefind | null> | undefined;
let known: ReadonlySet<string> = new Set();
let stemQuery: (q: string) => string = (q) => q;

/** The Pagefind API, fetched on first use; null when there is no index (as in the dev server). */
export function loadPagefind(): Promise<Pagefind | null> {
  loading ??= (async () => {
    try {
      const url = '/pagefind/pagefind.js';
      const [pf, manifest, stems] = await Promise.all([
        import(/* @vite-ignore */ url) as Promise<Pagefind>,
        fetch(MANIFEST_PATH).then((r) => (r.ok ? r.json() as Promise<SearchManifest> : null)).catch(() => null),
        import('../lib/stem-ru.ts'),
      ]);
      stemQuery = stems.stemQuery;
      known = new Set(manifest?.abbreviations ?? []);
      await pf.options({ excerptLength: 24 });
      // A large site's index comes in several bundles (search-shards.ts): merged, they answer as one.
      await Promise.all((manifest?.shards ?? []).map((shard) => pf.mergeIndex(shard)));
      await pf.init();
      return pf;
    } catch {
      return null;
    }
  })();
  return loading;
}

/** Pagefind filter query: several values of one filter mean «any of them». */
export function pagefindFilters(filters: Record<string, string[]>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, { any: v }]));
}

/** Words of a result that the index matched, read from its content at the matched positions. */
function matchedWords(data: ResultData): string[] {
  const words = data.content.split(/\s+/);
  return data.locations.map((i) => words[i] ?? '');
}

/** Runs a search; a result set whose best result does not really contain the query words is reported as empty. */
export async function runSearch(pf: Pagefind, q: string, filters: Record<string, string[]>, debounced = false): Promise<PagefindSearch | null> {
  const query = stemQuery(indexQuery(q, known));
  const options = { filters: pagefindFilters(filters) };
  if (!query && Object.keys(filters).length === 0) return null;
  const search = debounced ? await pf.debouncedSearch(query, options, 200) : await pf.search(query || null, query ? options : { ...options, sort: { date: 'desc' } });
  if (!search || !query || search.results.length === 0) return search;
  const best = await search.results[0].data();
  if (answersQuery(query, matchedWords(best))) return search;
  const none = Object.fromEntries(Object.entries(search.filters).map(([k, v]) => [k, Object.fromEntries(Object.keys(v).map((x) => [x, 0]))]));
  return { ...search, results: [], filters: none };
}

let siteWords: Promise<string[]> | undefined;

/**
 * For a query that found nothing: the query with its misspelt words corrected towards the site's words, when that
 * query does find something; undefined otherwise. The word list is fetched on the first such query only.
 */
export async function suggestionFor(pf: Pagefind, q: string, filters: Record<string, string[]>): Promise<string | undefined> {
  siteWords ??= fetch(WORDS_PATH).then((r) => (r.ok ? r.json() as Promise<string[]> : [])).catch(() => []);
  const suggestion = suggestQuery(q, await siteWords);
  if (!suggestion) return undefined;
  const found = await runSearch(pf, suggestion, filters);
  return found && found.results.length > 0 ? suggestion : undefined;
}

/** «Возможно, вы искали «наставничество»?» with the corrected query as a link; it goes into a status line, so a screen reader announces it with the «ничего не найдено» it follows. */
export function suggestionLine(q: string, href: string): { line: HTMLSpanElement; link: HTMLAnchorElement } {
  const link = document.createElement('a');
  link.href = href;
  link.textContent = q;
  const line = document.createElement('span');
  line.className = 'search-suggestion';
  line.append('Возможно, вы искали «', link, '»?');
  return { line, link };
}

/**
 * Excerpt of the record's visible text as DOM (text and <mark> only). Pagefind's own excerpt is not used: it may show the
 * index-only terms at the end of the record. Words of the query's abbreviations are highlighted too (the index matched
 * their tokens, which the reader does not see).
 */
export function excerptNodes(data: ResultData, q = ''): DocumentFragment {
  const end = data.anchors?.find((a) => a.id === TERMS_ANCHOR)?.location;
  const out = document.createDocumentFragment();
  for (const part of excerptParts(data.content, data.locations, end, abbreviationMatchers(q, known), undefined, titleWordCount(data.content, data.meta.title))) {
    if (part.mark) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      out.append(mark);
    } else out.append(document.createTextNode(part.text));
  }
  return out;
}

/**
 * One result as a list item: section and date, linked title, highlighted excerpt for the query q. On the search page the
 * title is a heading (asHeading), so a screen reader can jump from result to result as a sighted reader's eye does.
 */
export function resultItem(data: ResultData, withExcerpt = true, q = '', asHeading = false): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  const info = document.createElement('p');
  info.className = 'search-result-info';
  info.textContent = [data.meta.section, data.meta.date].filter(Boolean).join(' · ');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  const title = document.createElement(asHeading ? 'h2' : 'p');
  title.className = 'search-result-title';
  title.append(link);
  li.append(title, info);
  if (withExcerpt) {
    const excerpt = document.createElement('p');
    excerpt.className = 'search-result-excerpt';
    excerpt.append(excerptNodes(data, q));
    li.append(excerpt);
    // The summary line only when the excerpt is not already the summary (records' text starts with it).
    if (data.meta.summary && !excerptShowsSummary(excerpt.textContent ?? '', data.meta.summary)) {
      const summary = document.createElement('p');
      summary.className = 'search-result-summary';
      summary.textContent = data.meta.summary;
      li.append(summary);
    }
  }
  return li;
}
