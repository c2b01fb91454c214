/** Bibliographic reference (библиографическая ссылка) to a portal material, after ГОСТ Р 7.0.100-2018 for online resources. */
import { formatShortDate } from './format.ts';

export interface CitationInput {
  title: string;
  /** Material type in lower case: «методические рекомендации». */
  kind?: string;
  /** Authors as written in content: «Фёдорова А. К.». */
  authors: readonly string[];
  organization?: string;
  /** Name of the portal (the service). */
  site: string;
  /** Year of publication. */
  year: number;
  url: string;
  /** Date the reader opened the page; without it the reference holds ACCESS_DATE_PLACEHOLDER for the page's script to fill. */
  accessed?: Date;
}

/**
 * A page is built once for every reader and kept in the build cache for months, so the date it was built is not the
 * reader's «дата обращения»: the built page holds this placeholder (readers without JavaScript fill it in themselves)
 * and the page's script replaces it with the reader's date (accessDate).
 */
export const ACCESS_DATE_PLACEHOLDER = 'ДД.ММ.ГГГГ';

/** The reader's calendar date, «23.11.2026», in the reader's own time zone. */
export function accessDate(now: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(now.getDate())}.${two(now.getMonth() + 1)}.${now.getFullYear()}`;
}

/** «Фёдорова А. К.» → { heading: «Фёдорова, А. К.», inverted: «А. К. Фёдорова» }. */
export function authorForms(author: string): { heading: string; inverted: string } {
  const m = /^\s*([^\s,]+)[\s,]+(.+?)\s*$/.exec(author);
  if (!m) return { heading: author.trim(), inverted: author.trim() };
  return { heading: `${m[1]}, ${m[2]}`, inverted: `${m[2]} ${m[1]}` };
}

/**
 * Whether a title already says what kind of material it is («Шаблон ИОМ», «Анализ ВПР: шаблон для МО» for the kind
 * «шаблон, форма»): then the reference does not repeat it («… : шаблон для МО : шаблон, форма»).
 */
function namesKind(title: string, kind: string): boolean {
  const word = kind.split(/[\s,]+/)[0].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return word !== '' && new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'iu').test(title);
}

export function formatCitation(c: CitationInput): string {
  const authors = c.authors.map(authorForms);
  // Up to three authors: the first heads the entry; four or more: the entry starts with the title and names the first «[и др.]».
  const heading = authors.length > 0 && authors.length <= 3 ? `${authors[0].heading} ` : '';
  const responsibility = authors.length === 0 ? []
    : authors.length <= 3 ? [authors.map((a) => a.inverted).join(', ')]
      : [`${authors[0].inverted} [и др.]`];
  if (c.organization) responsibility.push(c.organization);
  // A subtitle after a colon is «сведения, относящиеся к заглавию»: the standard sets it off with « : », as the kind.
  // A colon inside a quoted name («Взаимопосещение уроков: наставник и …») is part of that name and stays as written.
  const bare = c.title.replace(/[.\s]+$/, '').replace(/(«[^»]*»)|\s*:\s+/g, (colon, quoted?: string) => quoted ?? ' : ');
  const title = `${bare}${c.kind && !namesKind(bare, c.kind) ? ` : ${c.kind}` : ''}`;
  const resp = responsibility.length ? ` / ${responsibility.join(' ; ')}` : '';
  return `${heading}${title}${resp}. — Текст : электронный // ${c.site} : [сайт]. — ${c.year}. — URL: ${c.url} (дата обращения: ${c.accessed ? formatShortDate(c.accessed) : ACCESS_DATE_PLACEHOLDER}).`;
}
