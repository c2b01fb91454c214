/** Search state in the address bar (?q=…&subject=…) and Russian wording of search results; shared by the header box and /search/. */
import { countOf, plural } from './format.ts';
import { RESULT_FORMS } from './words.ts';
import { normalizeYo, rewriteAbbreviations } from './search-tokens.ts';

export interface SearchState { q: string; filters: Record<string, string[]> }

/** Reads the query and the chosen filters (only known filter keys) from URL parameters. */
export function parseSearchParams(params: URLSearchParams, filterKeys: readonly string[]): SearchState {
  const filters: Record<string, string[]> = {};
  for (const key of filterKeys) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length) filters[key] = [...new Set(values)];
  }
  return { q: (params.get('q') ?? '').trim(), filters };
}

export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const [key, values] of Object.entries(state.filters)) for (const v of values) params.append(key, v);
  return params;
}

/** The query as the index matches it: ё written as е (Pagefind folds the text's ё into е), known abbreviations as their tokens, spaces collapsed. */
export function indexQuery(q: string, abbreviations: ReadonlySet<string> = new Set()): string {
  return rewriteAbbreviations(normalizeYo(q).replace(/\s+/g, ' ').trim(), abbreviations);
}

/** «Найдено 3 результата» / «Ничего не найдено…»; the advice to remove filters only when some are chosen (the header box has none). */
export function resultsSummary(n: number, q: string, filtersChosen = 0): string {
  // The verb agrees with the count: «Найден 1 результат», «Найден 21 результат», «Найдено 3 результата».
  if (n > 0) return `${plural(n, { one: 'Найден', few: 'Найдено', many: 'Найдено' })} ${countOf(n, RESULT_FORMS)}`;
  if (!q) return 'Ничего не найдено: уберите часть фильтров.';
  const filters = filtersChosen > 0 ? ' или уберите часть фильтров' : '';
  return `По запросу «${q}» ничего не найдено. Проверьте написание, попробуйте другое слово или сокращение (например, «ИОМ» вместо полного названия)${filters}.`;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * Whether the words the index matched really answer the query. When a word is not in the index at all, Pagefind falls
 * back to shorter prefixes («абырвалг» → «а») and returns loose results; a query word counts as found when a matched
 * word shares its first four letters (or all of a shorter word), which keeps Russian endings free.
 */
export function answersQuery(query: string, matchedWords: string[]): boolean {
  const clean = (w: string) => normalizeYo(w.toLowerCase()).replace(/[^\p{L}\p{N}]/gu, '');
  const matched = matchedWords.map(clean).filter(Boolean);
  return query.split(/\s+/).map(clean).filter(Boolean)
    .every((w) => matched.some((m) => commonPrefix(w, m) >= Math.min(w.length, 4)));
}
