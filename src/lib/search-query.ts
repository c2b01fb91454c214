/** Search state in the address bar (?q=…&subject=…) and Russian wording of search results; shared by the header box and /search/. */
import { countOf } from './format.ts';
import { RESULT_FORMS } from './words.ts';
import { normalizeYo } from './thesaurus.ts';

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

/** The query as the index has it: ё written as е, spaces collapsed. */
export function indexQuery(q: string): string {
  return normalizeYo(q).replace(/\s+/g, ' ').trim();
}

/** «Найдено 3 результата» / «Ничего не найдено…». */
export function resultsSummary(n: number, q: string): string {
  if (n > 0) return `Найдено ${countOf(n, RESULT_FORMS)}`;
  return q
    ? `По запросу «${q}» ничего не найдено. Проверьте написание, попробуйте другое слово или сокращение (например, «ИОМ» вместо полного названия) или уберите часть фильтров.`
    : 'Ничего не найдено: уберите часть фильтров.';
}
