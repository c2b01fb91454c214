/** Spelling rules shared by the index and the browser: ё = е, and stem-proof tokens for abbreviations (tiny, no dependencies). */
import { translit } from './slugify.ts';

/** ё and е are one letter for search: «учёт» and «учет» must meet. */
export function normalizeYo(text: string): string {
  return text.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
}

/** Suffix of abbreviation tokens (they stand only in the index-only block of a record, never in excerpts). */
export const ABBREVIATION_SUFFIX = 'abbr';

/**
 * Index token for an abbreviation. The Russian stemmer cuts short words to one or two letters («ИОМ» → «и», «ОО» → «о»)
 * and the index then matches every word with that prefix; a Latin token with a suffix survives stemming and matches only itself.
 */
export function abbreviationToken(abbreviation: string): string {
  return `${translit(normalizeYo(abbreviation)).replace(/-/g, '')}${ABBREVIATION_SUFFIX}`;
}

/** Replaces query words that are known abbreviations (any case) by their index tokens. */
export function rewriteAbbreviations(query: string, abbreviations: ReadonlySet<string>): string {
  return query.split(/\s+/).filter(Boolean)
    .map((w) => (abbreviations.has(normalizeYo(w.toUpperCase())) ? abbreviationToken(w) : w))
    .join(' ');
}

