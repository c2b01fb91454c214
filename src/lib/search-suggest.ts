/**
 * «Возможно, вы искали…»: a query with a typo («наставнечество») finds nothing, since the index matches words by their
 * beginning. The build writes the site's own words (from titles and summaries) to WORDS_PATH; when a search finds nothing,
 * the browser fetches them and offers the query with each unknown word replaced by the nearest known one.
 */
import { normalizeYo } from './search-tokens.ts';

/** The site's words, most frequent first; fetched only when a search has found nothing. */
export const WORDS_PATH = '/pagefind/words.json';

/** Words a correction may come from: this many of the most frequent (about 10 bytes each). */
export const VOCABULARY_LIMIT = 5000;

/** Words shorter than this are neither corrected nor suggested: «ДО», «ОВЗ», «урок» are too close to too many others. */
const MIN_LENGTH = 5;

const wordsOf = (text: string) => normalizeYo(text.toLowerCase()).match(/[а-я]+(?:-[а-я]+)*/g) ?? [];

/** The words of the texts (lower case, ё as е), at least five letters long, most frequent first, at most `limit`. */
export function vocabulary(texts: Iterable<string>, limit = VOCABULARY_LIMIT): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) for (const w of wordsOf(text)) if (w.length >= MIN_LENGTH) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit).map(([w]) => w);
}

/** Edit distance with transpositions («наствaник» → «наставник» is one edit), or max + 1 as soon as it exceeds max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length];
}

/** Edits a word may be away from its correction: one in a short word, two from eight letters on. */
const allowedEdits = (word: string) => (word.length >= 8 ? 2 : 1);

/**
 * The query with each word that is not among the site's words replaced by the nearest one (fewest edits, then the most
 * frequent); undefined when no word needed or found a correction. Words that are not Russian, or are short, stay as typed.
 */
export function suggestQuery(query: string, words: readonly string[]): string | undefined {
  const known = new Set(words);
  let changed = false;
  const out = query.trim().split(/\s+/).filter(Boolean).map((typed) => {
    const w = normalizeYo(typed.toLowerCase());
    if (!/^[а-я-]+$/.test(w) || w.length < MIN_LENGTH || known.has(w)) return typed;
    const max = allowedEdits(w);
    let best: string | undefined;
    let bestDistance = max + 1;
    for (const candidate of words) {
      const d = editDistance(w, candidate, Math.min(max, bestDistance - 1));
      if (d < bestDistance) { best = candidate; bestDistance = d; if (d === 1) break; }
    }
    if (!best) return typed;
    changed = true;
    return best;
  });
  return changed ? out.join(' ') : undefined;
}
