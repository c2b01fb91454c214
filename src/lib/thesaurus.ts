/** Search thesaurus: finds which synonym groups a text mentions (any word form, ё = е) and returns the terms to add to its index entry. */
import { StemmerRu } from '@nlpjs/lang-ru';
import type { Thesaurus } from '../schema/thesaurus.ts';
import { abbreviationToken, normalizeYo } from './search-tokens.ts';

export { normalizeYo };

const stemmer = new StemmerRu();

/** Words of a text, in order (letters and digits, hyphenated words kept whole). */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
}

/** Stem of one word: lower case, ё → е, Russian Snowball stemmer. */
export function stem(word: string): string {
  return stemmer.stem(normalizeYo(word.toLowerCase()));
}

/** An abbreviation is written in capitals (ИОМ, ФГОС, ОО): it matches only itself, optionally with a case ending («ИОМа»). */
export function isAbbreviation(term: string): boolean {
  return /^[\p{Lu}\p{N}]{2,}$/u.test(term);
}

interface CompiledTerm { term: string; abbreviation?: RegExp; stems?: string[] }
interface CompiledGroup { terms: CompiledTerm[] }

export interface CompiledThesaurus { groups: CompiledGroup[]; byTerm: Map<string, CompiledGroup[]> }

const key = (term: string) => normalizeYo(term.toLowerCase());

export function compileThesaurus(thesaurus: Thesaurus): CompiledThesaurus {
  const byTerm = new Map<string, CompiledGroup[]>();
  const groups = thesaurus.groups.map((g) => {
    const group: CompiledGroup = {
      terms: g.terms.map((term) => isAbbreviation(term)
        ? { term, abbreviation: new RegExp(`^${normalizeYo(term)}[а-я]{0,3}$`, 'u') }
        : { term, stems: words(term).map(stem) }),
    };
    for (const t of g.terms) byTerm.set(key(t), [...(byTerm.get(key(t)) ?? []), group]);
    return group;
  });
  return { groups, byTerm };
}

function unique(terms: string[]): string[] {
  const seen = new Set<string>();
  return terms.filter((t) => !seen.has(key(t)) && seen.add(key(t)));
}

/** All terms of the groups that contain any of the given terms (the terms themselves included), e.g. ИОМ → индивидуальный образовательный маршрут. */
export function expandTerms(terms: string[], thesaurus: CompiledThesaurus): string[] {
  const out = [...terms];
  for (const t of terms) for (const g of thesaurus.byTerm.get(key(t)) ?? []) out.push(...g.terms.map((x) => x.term));
  return unique(out);
}

function mentions(term: CompiledTerm, tokens: string[], stems: string[], stemSet: Set<string>): boolean {
  if (term.abbreviation) return tokens.some((t) => term.abbreviation!.test(t));
  const s = term.stems!;
  if (s.length === 0 || !stemSet.has(s[0])) return false;
  for (let i = 0; i + s.length <= stems.length; i++) {
    if (s.every((x, j) => stems[i + j] === x)) return true;
  }
  return false;
}

/** Terms a text should also be found by: every term of every group the text mentions, minus the terms it already mentions. */
export function expandText(text: string, thesaurus: CompiledThesaurus): string[] {
  const tokens = words(normalizeYo(text));
  const stems = tokens.map(stem);
  const stemSet = new Set(stems);
  const extra: string[] = [];
  for (const group of thesaurus.groups) {
    const present = group.terms.map((t) => mentions(t, tokens, stems, stemSet));
    if (present.some(Boolean)) extra.push(...group.terms.filter((_, i) => !present[i]).map((t) => t.term));
  }
  return unique(extra);
}

/** Every abbreviation of the thesaurus, in capitals with ё as е: the browser rewrites them into index tokens. */
export function abbreviations(thesaurus: CompiledThesaurus): string[] {
  return [...new Set(thesaurus.groups.flatMap((g) => g.terms.filter((t) => t.abbreviation).map((t) => normalizeYo(t.term))))].sort();
}

/** Index tokens for the abbreviations a text mentions or gains through its synonyms. */
export function abbreviationTokens(text: string, synonyms: string[], thesaurus: CompiledThesaurus): string[] {
  const tokens = words(normalizeYo(text));
  const found = new Set<string>();
  for (const g of thesaurus.groups) {
    for (const t of g.terms) {
      if (!t.abbreviation) continue;
      if (synonyms.includes(t.term) || tokens.some((w) => t.abbreviation!.test(w))) found.add(abbreviationToken(t.term));
    }
  }
  return [...found];
}
