/**
 * Result excerpts made in the browser from the record's own text. A record document (search-records.ts) ends with a block of
 * index-only terms (thesaurus synonyms, abbreviation tokens) that starts at the anchor TERMS_ANCHOR; Pagefind's own excerpt
 * may centre on those terms, so the excerpt is cut from the words before that anchor only.
 */
import { normalizeYo } from './search-tokens.ts';

/** id of the element holding index-only terms in a record document; Pagefind reports where it starts as an anchor. */
export const TERMS_ANCHOR = 'search-terms';

export interface ExcerptPart { text: string; mark: boolean }

const bare = (word: string) => normalizeYo(word).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** Tests for reader-visible words that stand for abbreviations of the query (the index matched them as tokens): «ИОМ», «ИОМа». */
export function abbreviationMatchers(query: string, abbreviations: ReadonlySet<string>): ((word: string) => boolean)[] {
  return query.split(/\s+/).filter(Boolean).map((w) => normalizeYo(w.toUpperCase())).filter((w) => abbreviations.has(w))
    .map((abbr) => {
      const re = new RegExp(`^${abbr.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[а-я]{0,3}$`, 'u');
      return (word: string) => re.test(bare(word));
    });
}

/** How many words the record's text opens with that are its title: the result shows the title above, so the excerpt skips them. */
export function titleWordCount(content: string, title: string | undefined): number {
  const words = content.trim().split(/\s+/);
  const head = (title ?? '').trim().split(/\s+/).filter(Boolean);
  return head.length > 0 && head.every((w, i) => words[i] === w) ? head.length : 0;
}

/** A blank of a form to fill in («________», «……….»): the excerpt shows a run of them as one «…». */
const BLANK = /^[,.:;]*(?:_{3,}|\.{4,}|…{2,})[_.…,:;]*$/u;

/**
 * Excerpt of `length` words of the visible text (the words from `skip` on, before `end`), placed where most matched words
 * fall, as text and marked parts. Matched words are Pagefind's locations in the visible text plus words `extra` accepts.
 */
export function excerptParts(content: string, locations: number[], end: number | undefined, extra: ((word: string) => boolean)[] = [], length = 24, skip = 0): ExcerptPart[] {
  const all = content.split(/\s+/);
  const lead = all[0] === '' ? 1 : 0; // a leading space would shift every location by one
  const words = all.slice(lead, end === undefined ? undefined : end + lead);
  if (words[words.length - 1] === '') words.pop();
  const first = Math.min(skip, words.length);
  const hits = new Set(locations.filter((l) => l >= first && l < words.length));
  if (extra.length) words.forEach((w, i) => { if (i >= first && extra.some((f) => f(w))) hits.add(i); });
  let start = first;
  if (hits.size) {
    let best = -1;
    for (const h of [...hits].sort((a, b) => a - b)) {
      const from = Math.max(first, Math.min(h - Math.floor(length / 3), words.length - length));
      let n = 0;
      for (const x of hits) if (x >= from && x < from + length) n++;
      if (n > best) { best = n; start = from; }
    }
  }
  const stop = Math.min(words.length, start + length);
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    const last = parts[parts.length - 1];
    if (last && last.mark === mark && !mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (start > first) push('… ', false);
  for (let i = start; i < stop; i++) {
    if (BLANK.test(words[i]) && !hits.has(i)) {
      if (i > start && BLANK.test(words[i - 1])) continue;
      if (i > start) push(' ', false);
      push('…', false);
      continue;
    }
    if (i > start) push(' ', false);
    if (hits.has(i)) {
      // Punctuation around a word stays outside the highlight.
      const m = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(words[i])!;
      if (m[1]) push(m[1], false);
      push(m[2], true);
      if (m[3]) push(m[3], false);
    } else push(words[i], false);
  }
  if (stop < words.length && !BLANK.test(words[stop - 1])) push(' …', false);
  return parts;
}

/**
 * Whether the excerpt already shows the summary, which the result would repeat under it: five words in a row from the
 * summary's opening (its first ten words) appear in the excerpt, whatever the spacing and the «…» at its ends.
 */
export function excerptShowsSummary(excerpt: string, summary: string): boolean {
  const flat = (s: string) => normalizeYo(s.toLowerCase()).replace(/…/g, ' ').split(/\s+/).filter(Boolean);
  const head = flat(summary).slice(0, 10);
  if (head.length === 0) return true;
  const shown = ` ${flat(excerpt).join(' ')} `;
  const run = Math.min(5, head.length);
  for (let i = 0; i + run <= head.length; i++) if (shown.includes(` ${head.slice(i, i + run).join(' ')} `)) return true;
  return false;
}
