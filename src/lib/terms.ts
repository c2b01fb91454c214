/** Parses roadmap terms as written in programme documents («Сентябрь 2022 – декабрь 2022», «ежегодно») into date ranges. */

export type TermKind = 'month' | 'months' | 'academic-year' | 'year' | 'years' | 'annual' | 'whole-period' | 'unparsed';

export interface ParsedTerm {
  kind: TermKind;
  /** First day of the term (UTC), when the text names it. */
  start?: Date;
  /** Last day of the term (UTC). */
  end?: Date;
  /** «ежегодно»: the activity repeats every year of the range. */
  recurring: boolean;
}

export interface TermContext {
  /** Programme period: terms like «ежегодно» or «в течение всего времени» span it. */
  period?: { start: number; end: number };
}

const MONTHS: [RegExp, number][] = [
  [/^январ/, 0], [/^феврал/, 1], [/^март/, 2], [/^апрел/, 3], [/^ма[йяе]/, 4], [/^июн/, 5],
  [/^июл/, 6], [/^август/, 7], [/^сентябр/, 8], [/^октябр/, 9], [/^ноябр/, 10], [/^декабр/, 11],
];
const MONTH_WORD = '(январ[а-я]*|феврал[а-я]*|март[а-я]*|апрел[а-я]*|ма[йяе]|июн[а-я]*|июл[а-я]*|август[а-я]*|сентябр[а-я]*|октябр[а-я]*|ноябр[а-я]*|декабр[а-я]*)';

function monthIndex(word: string): number {
  return MONTHS.find(([re]) => re.test(word))![1];
}
const firstDay = (year: number, month: number) => new Date(Date.UTC(year, month, 1));
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month + 1, 0));

/** Dates of a roadmap term; `unparsed` when the text does not name a time (e.g. «I, II этапы»). */
export function parseRoadmapTerm(term: string, context: TermContext = {}): ParsedTerm {
  const t = term.toLowerCase().replace(/[‐-―−]/g, '-').replace(/\s+/g, ' ').trim();
  const whole = context.period
    ? { start: firstDay(context.period.start, 0), end: lastDay(context.period.end, 11) }
    : {};

  let m = /(\d{4})\s*-\s*(\d{4})\s*учебн/.exec(t);
  if (m) return { kind: 'academic-year', start: firstDay(+m[1], 8), end: lastDay(+m[2], 7), recurring: false };

  m = new RegExp(`${MONTH_WORD}\\s*(\\d{4})?\\s*-\\s*${MONTH_WORD}\\s*(\\d{4})`).exec(t);
  if (m) {
    const endYear = +m[4];
    return { kind: 'months', start: firstDay(m[2] ? +m[2] : endYear, monthIndex(m[1])), end: lastDay(endYear, monthIndex(m[3])), recurring: false };
  }

  m = new RegExp(`${MONTH_WORD}\\s+(\\d{4})`).exec(t);
  if (m) return { kind: 'month', start: firstDay(+m[2], monthIndex(m[1])), end: lastDay(+m[2], monthIndex(m[1])), recurring: false };

  m = /(\d{4})\s*-\s*(\d{4})/.exec(t);
  if (m) return { kind: 'years', start: firstDay(+m[1], 0), end: lastDay(+m[2], 11), recurring: /ежегодн/.test(t) };

  m = /(?:^|\D)(\d{4})(?:\D|$)/.exec(t);
  if (m) return { kind: 'year', start: firstDay(+m[1], 0), end: lastDay(+m[1], 11), recurring: false };

  if (/ежегодн/.test(t)) return { kind: 'annual', ...whole, recurring: true };
  if (/в течение (всего|программы)|постоянно|весь период/.test(t)) return { kind: 'whole-period', ...whole, recurring: false };
  return { kind: 'unparsed', recurring: false };
}
