/** The one Russian stemmer of search (Snowball, from @nlpjs/lang-ru): the index build and the browser use the same. */
import StemmerRu from '@nlpjs/lang-ru/src/stemmer-ru.js';
import { normalizeYo } from './search-tokens.ts';

const stemmer = new StemmerRu();

/** Stem of one word: lower case, ё → е, Russian Snowball stemmer. */
export function stem(word: string): string {
  return stemmer.stem(normalizeYo(word.toLowerCase()));
}

/**
 * The query with each word cut to its stem, so the index's prefix matching finds every form:
 * «наставниками» → «наставник» finds «наставника», «образовательный» → «образовательн» finds «образовательного».
 * Stems shorter than four letters would match too much: such words stay as typed.
 */
export function stemQuery(query: string): string {
  return query.split(/\s+/).filter(Boolean).map((w) => {
    if (!/^[а-яё-]+$/i.test(w)) return w;
    const s = stem(w);
    return s.length >= 4 ? s : normalizeYo(w.toLowerCase());
  }).join(' ');
}
