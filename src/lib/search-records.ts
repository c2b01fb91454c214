/** Turns content entries into search records: text to index, result metadata and filters derived from the schema. */
import { collectionDef } from '../schema/collections.ts';
import { describeFields } from '../schema/walk.ts';
import { entryUrl } from './urls.ts';
import { formatDate, isoDate } from './format.ts';
import { renderMarkdown } from './markdown.ts';
import { abbreviationTokens, expandText, type CompiledThesaurus } from './thesaurus.ts';
import { TERMS_ANCHOR } from './search-excerpt.ts';

/** Collections a teacher searches; their order is the order of the «Раздел» filter. */
export const SEARCH_COLLECTIONS = ['materials', 'cases', 'programmes', 'indicators', 'events', 'pages', 'mentors', 'sites'] as const;

/** Section names of the «Раздел» filter where the collection's own label is longer than the site's menu uses. */
const SECTION_LABELS: Record<string, string> = { mentors: 'Наставники' };

/** Filters of the search page, in display order, with Russian labels. Field filters come from `.meta({ filter })` in the schema. */
export function searchFilters(): { key: string; label: string }[] {
  const fromSchema = new Map<string, string>();
  for (const name of SEARCH_COLLECTIONS) {
    for (const f of describeFields(collectionDef(name).schema)) {
      if (f.meta.filter && !fromSchema.has(f.meta.filter)) fromSchema.set(f.meta.filter, f.meta.title);
    }
  }
  return [
    { key: 'section', label: 'Раздел' },
    { key: 'type', label: 'Тип' },
    ...[...fromSchema].map(([key, label]) => ({ key, label })),
    { key: 'year', label: 'Год' },
  ];
}

export interface SearchEntry {
  collection: string;
  data: Record<string, any>;
  body?: string;
}

export interface SearchRecord {
  url: string;
  title: string;
  /** Main text: summary, body and every Russian text field, resolved relation titles included. */
  text: string;
  /** Text of attachments, each introduced by its title. */
  attachments: { title: string; text: string }[];
  /** Thesaurus terms the record should also be found by. */
  synonyms: string[];
  /** Stem-proof index tokens of the abbreviations the record mentions or gains (see search-tokens.ts). */
  tokens: string[];
  /** Tokens of the abbreviations in the title: they weigh as the title does. */
  titleTokens: string[];
  meta: { title: string; summary: string; section: string; date?: string };
  filters: Record<string, string[]>;
  /** ISO date for sorting, when the entry has one. */
  sortDate?: string;
}

/** Lookup of a related entry's title: (collection, slug) → title. */
export type TitleOf = (collection: string, slug: string) => string | undefined;

const SUMMARY_CHARS = 220;

/** A heading, list item or table cell that ends without punctuation gets a full stop, so it does not run into the next one in an excerpt. */
function stripHtml(html: string): string {
  return html.replace(/([^\s.!?…:;>])\s*<\/(h[1-6]|li|td|th|dt|dd|p|blockquote|figcaption)>/g, '$1.</$2>').replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ').replace(/&laquo;/g, '«').replace(/&raquo;/g, '»')
    .replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
    // A word joiner only keeps «2022–2026» on one line of the page; in the index it would glue itself to «2026».
    .replace(/\u2060/g, '').replace(/\s+/g, ' ').trim();
}

/** Human text values of an entry: strings that contain letters of a human language, not codes, slugs, paths or links. */
function humanStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (/[а-яё]/i.test(value) && !/^(\/|https?:)/.test(value)) out.push(value);
  } else if (Array.isArray(value)) for (const v of value) humanStrings(v, out);
  else if (value && typeof value === 'object' && !(value instanceof Date)) for (const v of Object.values(value)) humanStrings(v, out);
  return out;
}

/**
 * Field values one after another as the excerpt shows them: a value without closing punctuation (an author, a tag, a term)
 * ends with a semicolon, so «Смирнова Е. А.; МБОУ «Гимназия № 1»; наставничество; формы наставничества» does not read as one phrase.
 */
export function readableJoin(parts: readonly string[]): string {
  return parts.map((p) => p.trim()).filter(Boolean).map((p) => (/[.!?…:;]$/.test(p) ? p : `${p};`)).join('\n');
}

function shorten(text: string, max = SUMMARY_CHARS): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' ') > max * 0.6 ? cut.lastIndexOf(' ') : max)}…`;
}

function yearsOf(collection: string, data: Record<string, any>): number[] {
  if (data.period?.start) {
    const out: number[] = [];
    for (let y = data.period.start; y <= (data.period.end ?? data.period.start); y++) out.push(y);
    return out;
  }
  if (collection === 'indicators') {
    return [...new Set([data.baseline, ...(data.targets ?? []), ...(data.actuals ?? [])].filter(Boolean).map((x: { year: number }) => x.year))].sort();
  }
  const d = data.date ?? data.start;
  return d instanceof Date ? [d.getUTCFullYear()] : [];
}

/** One search record for a validated entry; attachment texts are looked up by site path. */
export function buildRecord(entry: SearchEntry, titleOf: TitleOf, thesaurus: CompiledThesaurus, attachmentText: (sitePath: string) => string | undefined = () => undefined): SearchRecord {
  const def = collectionDef(entry.collection);
  const { data } = entry;
  const fields = describeFields(def.schema);
  const title = String(data[def.titleField]);
  const filters: Record<string, string[]> = { section: [SECTION_LABELS[def.name] ?? def.label] };
  const relationTitles: string[] = [];
  const plain: Record<string, unknown> = {};
  for (const f of fields) {
    const value = data[f.name];
    if (value === undefined || f.name === def.titleField) continue;
    if (f.meta.widget === 'relation' && f.meta.collection) {
      const slugs: string[] = Array.isArray(value) ? value : [value];
      const titles = slugs.map((s) => titleOf(f.meta.collection!, s) ?? s);
      relationTitles.push(...titles);
      if (f.meta.filter) filters[f.meta.filter] = titles;
      if (f.name === 'type') filters.type = titles;
    } else if (f.kind === 'enum' && f.meta.options) {
      if (f.name === 'kind') filters.type = [f.meta.options[value] ?? String(value)];
    } else plain[f.name] = value;
  }
  const years = yearsOf(entry.collection, data);
  if (years.length) filters.year = years.map(String);

  const bodyText = entry.body ? stripHtml(renderMarkdown(entry.body)) : '';
  const summary = String(data.summary ?? data.description ?? data.goal ?? '') || shorten(bodyText || humanStrings(plain).join(' '));
  const text = readableJoin([...humanStrings(plain), bodyText, ...relationTitles]);
  const attachments = ((data.files ?? []) as { title: string; path: string }[])
    .map((f) => ({ title: f.title, text: attachmentText(f.path) ?? '' }))
    .filter((a) => a.text);
  const all = [title, text, ...attachments.map((a) => a.text)].join('\n');
  const synonyms = expandText(all, thesaurus);
  const tokens = abbreviationTokens(all, synonyms, thesaurus);
  const date: Date | undefined = data.date ?? data.start;
  const meta: SearchRecord['meta'] = { title, summary: shorten(summary), section: def.labelSingular };
  if (date instanceof Date) meta.date = formatDate(date);
  else if (data.period?.start) meta.date = `${data.period.start}–${data.period.end ?? ''}`;
  return {
    url: entryUrl(entry.collection, data.slug), title, text, attachments, synonyms, tokens, titleTokens: abbreviationTokens(title, [], thesaurus), meta, filters,
    sortDate: date instanceof Date ? isoDate(date) : undefined,
  };
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The record as a small HTML document for Pagefind: the title weighs most; meta and filters sit in attributes. The text
 * keeps ё as written (Pagefind folds diacritics, so «учёт» and «учет» meet, and excerpts show the text as written).
 * Index-only terms (thesaurus synonyms and abbreviation tokens) come last, in the block that starts at TERMS_ANCHOR:
 * excerpts are cut from the text before it (search-excerpt.ts), so the reader never sees them.
 */
export function recordHtml(r: SearchRecord): string {
  const t = escapeHtml;
  // Values sit in attributes (Pagefind's key[attribute] form), so they are captured without becoming indexed text.
  const metaTags = Object.entries(r.meta).filter(([, v]) => v).map(([k, v]) => `<meta data-pagefind-meta="${k}[content]" content="${escapeHtml(v!)}">`);
  const filterTags = Object.entries(r.filters).flatMap(([k, vs]) => vs.map((v) => `<meta data-pagefind-filter="${k}[content]" content="${escapeHtml(v)}">`));
  const sortTag = r.sortDate ? `<meta data-pagefind-sort="date[content]" content="${r.sortDate}">` : '';
  const terms = [
    r.titleTokens.length ? `<p data-pagefind-weight="7">${r.titleTokens.join(' ')}</p>` : '',
    r.synonyms.length ? `<p data-pagefind-weight="0.5">${t(r.synonyms.join(', '))}.</p>` : '',
    r.tokens.length ? `<p data-pagefind-weight="2">${r.tokens.join(' ')}</p>` : '',
  ].join('');
  return [
    '<!doctype html><html lang="ru"><head><meta charset="utf-8"></head><body><main data-pagefind-body>',
    [...metaTags, ...filterTags, sortTag].join(''),
    `<h1>${t(r.title)}</h1>`,
    `<p>${t(r.text)}</p>`,
    // «Файл «…»:» so an excerpt reads the file's title apart from its first words.
    ...r.attachments.map((a) => `<section><h2>Файл «${t(a.title)}»:</h2><p>${t(a.text)}</p></section>`),
    terms ? `<div id="${TERMS_ANCHOR}">${terms}</div>` : '',
    '</main></body></html>',
  ].join('');
}
