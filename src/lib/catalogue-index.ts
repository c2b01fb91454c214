/** The compact catalogue index the materials page fetches: facet values of every material in a few bytes each; cards come in small chunks on demand. */

/**
 * Cards per chunk file. Small, because results of two or more facets are sparse in date order: each of the first
 * results usually sits in a chunk of its own, so a chunk of 10 costs a tenth of the bytes a chunk of 50 did.
 */
export const CARD_CHUNK = 10;
import type { FacetField, FacetItem } from './facets.ts';
import { formatDate, keepTogether } from './format.ts';

/** A catalogue entry as the list shows it: address slug, title, ISO date, short summary. */
export type Card = [slug: string, title: string, date: string, summary: string];

export interface CatalogueFacet { param: string; label: string; collection?: string; terms: [value: string, title: string][] }

/** What /materials/catalogue/index.json holds. Items are in date order (newest first); item i's card is in chunk ⌊i / chunk⌋. */
export interface CatalogueIndex {
  v: 1;
  total: number;
  chunk: number;
  facets: CatalogueFacet[];
  /** One word per item, items separated by spaces; each character is one term (see termCode). */
  rows: string;
}

export interface CatalogueItem extends FacetItem { i: number }

// Printable ASCII without the space (item separator) and the characters JSON would escape.
const ALPHABET = Array.from({ length: 0x7e - 0x21 + 1 }, (_, k) => String.fromCharCode(0x21 + k)).filter((c) => c !== '"' && c !== '\\').join('');

/** One character for the n-th term of the index; past the ASCII alphabet, Latin-1 and beyond (still one UTF-16 unit). */
export function termCode(n: number): string {
  return n < ALPHABET.length ? ALPHABET[n] : String.fromCharCode(0xa1 + n - ALPHABET.length);
}

function termNumber(c: string): number {
  const k = ALPHABET.indexOf(c);
  return k >= 0 ? k : c.charCodeAt(0) - 0xa1 + ALPHABET.length;
}

export interface IndexSource { values: Record<string, string[]>; card: Card }

/** Builds the index from materials already in display order; facet terms keep the order given (taxonomy order). */
export function encodeCatalogue(entries: readonly IndexSource[], facets: readonly (FacetField & { terms: [string, string][] })[], chunk = CARD_CHUNK): { index: CatalogueIndex; chunks: Card[][] } {
  const codes = new Map<string, string>();
  let n = 0;
  const outFacets: CatalogueFacet[] = facets.map((f) => {
    for (const [value] of f.terms) codes.set(`${f.param}\u0000${value}`, termCode(n++));
    return { param: f.param, label: f.label, ...(f.collection ? { collection: f.collection } : {}), terms: f.terms };
  });
  const rows = entries.map((e) => facets.flatMap((f) => (e.values[f.param] ?? []).map((v) => {
    const code = codes.get(`${f.param}\u0000${v}`);
    if (code === undefined) throw new Error(`Catalogue index: value «${v}» of facet «${f.param}» is not among its terms`);
    return code;
  })).join('')).join(' ');
  const chunks: Card[][] = [];
  for (let i = 0; i < entries.length; i += chunk) chunks.push(entries.slice(i, i + chunk).map((e) => e.card));
  return { index: { v: 1, total: entries.length, chunk, facets: outFacets, rows }, chunks };
}

/** Turns the index back into filterable items, in date order. */
export function decodeCatalogue(index: CatalogueIndex): CatalogueItem[] {
  const lookup: [string, string][] = index.facets.flatMap((f) => f.terms.map(([v]) => [f.param, v] as [string, string]));
  const params = index.facets.map((f) => f.param);
  if (index.total === 0) return [];
  return index.rows.split(' ').map((row, i) => {
    const values: Record<string, string[]> = Object.fromEntries(params.map((p) => [p, []]));
    for (const c of row) {
      const [p, v] = lookup[termNumber(c)];
      values[p].push(v);
    }
    return { i, values };
  });
}

/**
 * Cards a reader sees first without scrolling (about five on a laptop, two or three on a phone): the list shows them as
 * soon as their chunks arrive, the rest of the page follows. Six, because a browser fetches six files at once from one
 * HTTP/1.1 server: even when every card sits in its own chunk, the first screen waits for one round of requests.
 */
export const FIRST_SCREEN = 6;

/**
 * Cards the filtered list shows at once, and adds per «Показать ещё» (pages without JavaScript keep 30). Results of
 * several facets are scattered over the chunks, so each card may cost a request: twelve keep a change to two rounds.
 */
export const LIST_STEP = 12;

/** Chunk numbers holding the cards of these items, each once, in the order the list first needs them. */
export function chunksOf(items: readonly { i: number }[], chunk: number): number[] {
  return [...new Set(items.map((item) => Math.floor(item.i / chunk)))];
}

/** Item positions ordered by title (Russian collation): the page fetches it only when the reader sorts by title. */
export function titleOrder(titles: readonly string[]): number[] {
  // Quotes and other punctuation do not count: «Разговоры о важном» sorts under Р, not before А.
  const collator = new Intl.Collator('ru', { ignorePunctuation: true });
  return titles.map((_, i) => i).sort((a, b) => collator.compare(titles[a], titles[b]) || a - b);
}

/**
 * Shortens a summary for the list, at a word boundary. The limit lets the two or three sentences the CMS asks for
 * through whole and only trims a summary pasted far longer.
 */
export function shortSummary(text: string, max = 240): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max * 0.6)).replace(/[\s,.;:—–-]+$/, '')}…`;
}

/** The line under a card's title, «Презентация · 1 сентября 2024 г.»: the built list and the script both write it so. */
export function cardMeta(typeTitle: string | undefined, date: string): string {
  return keepTogether([typeTitle, formatDate(new Date(date))].filter(Boolean).join(' · '));
}
