/** Russian formatting of dates, numbers, plurals and file sizes. */
const dateFormat = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortDate = new Intl.DateTimeFormat('ru-RU', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
const numberFormat = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 2 });
const pluralRules = new Intl.PluralRules('ru-RU');

/** Non-breaking space: keeps «2024 г.», «7 материалов» together at a line end. */
export const NBSP = '\u00a0';

const formattedDates = new Map<number, string>();

/**
 * «1 сентября 2024 г.»; the year and «г.» never part at a line end (remembered per date: a build formats the same few
 * thousand dates tens of thousands of times).
 */
export function formatDate(date: Date): string {
  const time = date.getTime();
  let text = formattedDates.get(time);
  if (text === undefined) formattedDates.set(time, (text = dateFormat.format(date).replace(/ г\.$/, `${NBSP}г.`)));
  return text;
}

/**
 * A span of days as Russians write it, the shared part once: «27–28 января 2027 г.», «19 января — 6 февраля 2026 г.»,
 * «10 ноября 2025 г. — 27 февраля 2026 г.»; one day (no end, or the same day) is formatDate.
 */
export function formatDateRange(start: Date, end?: Date): string {
  if (!end || isoDate(end) === isoDate(start)) return formatDate(start);
  const [a, b] = [start, end].map((d) => Object.fromEntries(dateFormat.formatToParts(d).map((p) => [p.type, p.value])));
  if (a.year !== b.year) return `${formatDate(start)} — ${formatDate(end)}`;
  const tail = formatDate(end).slice(b.day.length); // « февраля 2026 г.»
  return a.month === b.month ? `${a.day}–${b.day}${tail}` : `${a.day} ${a.month} — ${b.day}${tail}`;
}

/** «01.09.2024» */
export function formatShortDate(date: Date): string {
  return shortDate.format(date);
}

/** ISO calendar date for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

export interface PluralForms { one: string; few: string; many: string }

/** Russian plural form for n: plural(3, {one:'материал', few:'материала', many:'материалов'}) → «материала». */
export function plural(n: number, forms: PluralForms): string {
  const rule = pluralRules.select(n);
  return rule === 'one' ? forms.one : rule === 'few' ? forms.few : forms.many;
}

/** Word joiner: an invisible mark that forbids a line break where it stands («2021–⁠2023» never parts after the dash). */
export const WORD_JOINER = '\u2060';

/**
 * Keeps together what must not part at a line end: «№ 7», «§ 2», initials with the surname («Смирнова Е. А.»,
 * «Е. А. Смирнова»), a « · » separator with the words before it, so no line starts with «·», and a span of years
 * («2021–2023», which browsers would break after the dash). The text is otherwise unchanged.
 */
export function keepTogether(text: string): string {
  // Every Markdown text run of every page passes here: most have none of these marks and return at once.
  if (!MAY_PART.test(text)) return text;
  return text
    .replace(/(?<=\b\d{4}–)(?=\d{4}\b)/g, WORD_JOINER)
    .replace(/ ·(?= )/g, `${NBSP}·`)
    .replace(/([№§])[ \t]*(?=\d)/g, `$1${NBSP}`)
    .replace(/(?<=(?:^|[\s(«"])\p{Lu}\.) (?=\p{Lu}\.|\p{Lu}\p{Ll})/gu, NBSP)
    .replace(/(\p{Lu}\p{Ll}+) (?=\p{Lu}\.(?:[ \u00a0]?\p{Lu}\.)?(?:$|[\s,;)»"]))/gu, `$1${NBSP}`);
}
/** What keepTogether can change: a « ·», «№» or «§», a capital with a full stop (an initial), or a dash between years. */
const MAY_PART = /[·№§]|\p{Lu}\.|\d–\d/u;

/** «3 материала»; the number and the word never part at a line end. */
export function countOf(n: number, forms: PluralForms): string {
  return `${formatNumber(n)}${NBSP}${plural(n, forms)}`;
}

/**
 * A filter option's count: the bare number the eye reads beside the option («5»), and the words a screen reader says
 * in its place («5 материалов»), since a lone «5» after «Физика» tells a listener nothing.
 */
export function optionCount(n: number, forms: PluralForms): { shown: string; spoken: string } {
  return { shown: formatNumber(n), spoken: countOf(n, forms) };
}

/**
 * Phrases written as list items, run together as one sentence: «Контекстные задачи; подготовка к ОГЭ; ФГИС «Моя школа»».
 * Each phrase after the first loses its capital unless its first word is an abbreviation (ОГЭ, ФГОС) or a single letter.
 */
export function phraseList(phrases: readonly string[]): string {
  return phrases.map((p, k) => {
    const first = /^\S+/.exec(p)?.[0] ?? '';
    const abbreviation = first.length < 2 || /\p{Lu}/u.test(first.slice(1));
    return k === 0 || abbreviation ? p : p[0].toLocaleLowerCase('ru') + p.slice(1);
  }).join('; ');
}

/** «512 Б», «12 КБ», «1,4 МБ» — binary units, as file managers in Russian show them; number and unit never part. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes}${NBSP}Б`;
  const units = ['КБ', 'МБ', 'ГБ'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) { value /= 1024; unit++; }
  const rounded = value >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
  return `${numberFormat.format(rounded)}${NBSP}${units[unit]}`;
}

/**
 * An attachment's title without a closing note of its own format, which the link's «PDF, 1,2 КБ» already gives:
 * «Памятка (PDF)» → «Памятка», «Шаблон ИОМ, docx» → «Шаблон ИОМ». A note of another format is kept, as written.
 */
export function attachmentTitle(title: string, format: string): string {
  const escaped = format.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const note = new RegExp(`\\s*(?:\\((?:в\\s+)?(?:формате\\s+)?${escaped}\\)|[,—–-]\\s*(?:в\\s+)?(?:формате\\s+)?${escaped})\\s*$`, 'iu');
  const bare = title.replace(note, '');
  return bare || title;
}

/** File format label from a path: «PDF», «DOCX». */
export function fileFormat(path: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1];
  return ext ? ext.toUpperCase() : 'Файл';
}
