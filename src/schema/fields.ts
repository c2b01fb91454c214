/** Field builders: each declares a content field once, with its Russian label, hint and CMS widget. */
import { z } from 'astro/zod';

/** What a field carries beyond its type: the CMS config, the README table and error messages read it. */
export interface FieldMeta {
  /** Russian label shown in the CMS, in error messages and in the README field table. */
  title: string;
  /** Hint shown under the field in the CMS. */
  description?: string;
  /** Decap widget when it cannot be derived from the type (date, markdown, file, relation, text, hidden, slug: admin/slug-widget.ts). */
  widget?: 'date' | 'datetime' | 'markdown' | 'text' | 'file' | 'image' | 'relation' | 'hidden' | 'slug';
  /** Target collection of a relation field. */
  collection?: string;
  /** Russian labels of enumeration values. */
  options?: Record<string, string>;
  /** Media folder (under public/uploads) for file fields. */
  mediaFolder?: string;
  /** Field becomes a search filter (Pagefind) under this name. */
  filter?: string;
  [key: string]: unknown;
}

export const LATIN_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function meta<T extends z.ZodType>(schema: T, m: FieldMeta): T {
  return schema.meta(m) as T;
}

/** Required single-line text. */
export function text(title: string, description?: string) {
  return meta(z.string({ error: `ожидался текст` }).trim().min(1, { error: 'поле не может быть пустым' }), { title, description });
}

/** Required multi-line plain text. */
export function longText(title: string, description?: string) {
  return meta(z.string({ error: `ожидался текст` }).trim().min(1, { error: 'поле не может быть пустым' }), { title, description, widget: 'text' });
}

/** Latin slug used as the file name and the page address. */
export function slug(description = 'Латиница, цифры и дефисы: так будет называться файл и адрес страницы, например «iom-molodogo-pedagoga»') {
  return meta(
    z.string({ error: 'ожидался адрес латиницей' }).regex(LATIN_SLUG, {
      error: 'адрес должен состоять из строчных латинских букв, цифр и дефисов, например «iom-molodogo-pedagoga»',
    }),
    { title: 'Адрес страницы (латиницей)', description, widget: 'slug' },
  );
}

const DATE_FORMAT_TEXT = 'ожидалась дата в формате ГГГГ-ММ-ДД, например 2024-09-01';
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const RUSSIAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

const isCalendarDate = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Why a written date is not one, or undefined. Only ГГГГ-ММ-ДД is a date: JavaScript would read «12.11.2025» as
 * 11 December, roll «2026-02-31» over to 3 March and take «2025» for a moment of 1970, all without a word.
 */
export function dateProblem(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? DATE_FORMAT_TEXT : undefined;
  if (typeof value !== 'string') return DATE_FORMAT_TEXT;
  const iso = ISO_DATE.exec(value.trim());
  if (iso) return isCalendarDate(+iso[1], +iso[2], +iso[3]) && !Number.isNaN(Date.parse(value.trim())) ? undefined : 'такой даты нет в календаре: месяц — от 01 до 12, день — не больше числа дней в месяце';
  const ru = RUSSIAN_DATE.exec(value.trim());
  if (ru) {
    const [d, m, y] = [+ru[1], +ru[2], +ru[3]];
    return isCalendarDate(y, m, d) ? `дата записывается как ГГГГ-ММ-ДД: «${y}-${pad(m)}-${pad(d)}»` : 'такой даты нет в календаре; дата записывается как ГГГГ-ММ-ДД, например 2024-09-01';
  }
  return DATE_FORMAT_TEXT;
}

/** A calendar date written as ГГГГ-ММ-ДД (YAML and the CMS give a string) or a Date; it becomes a Date. */
export function date(title: string, description?: string) {
  return meta(
    // Checked as written: the coerced Date cannot tell «2026-02-31» from 3 March.
    z.preprocess((value, ctx) => {
      const problem = value === undefined ? undefined : dateProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
      return value;
    }, z.coerce.date({ error: DATE_FORMAT_TEXT })),
    { title, description, widget: 'date' },
  );
}

export function year(title: string, description?: string) {
  return meta(
    z.number({ error: 'ожидался год числом, например 2024' }).int({ error: 'год должен быть целым числом' }).min(2000, { error: 'год не может быть раньше 2000' }).max(2100, { error: 'год не может быть позже 2100' }),
    { title, description },
  );
}

/** One value from a fixed list; labels are what the reader and the methodist see. */
export function choice<const O extends Record<string, string>>(title: string, options: O, description?: string) {
  const values = Object.keys(options) as [keyof O & string, ...(keyof O & string)[]];
  return meta(z.enum(values, { error: `ожидалось одно из значений: ${values.join(', ')}` }), { title, description, options });
}

/** Reference to entries of another collection, by their slug. */
export function relation(collection: string, title: string, description?: string) {
  return meta(z.string({ error: 'ожидался адрес записи' }).min(1), { title, description, widget: 'relation', collection });
}

export function relations(collection: string, title: string, description?: string, filter?: string) {
  return meta(z.array(relation(collection, title), { error: 'ожидался список' }), { title, description, widget: 'relation', collection, filter });
}

export function list<T extends z.ZodType>(item: T, title: string, description?: string) {
  return meta(z.array(item, { error: 'ожидался список' }), { title, description });
}

export function markdownBody() {
  return meta(z.string(), { title: 'Текст', widget: 'markdown' });
}

/** A file under public/, written as a site path such as /uploads/materials/plan.pdf. */
export function filePath(title: string, mediaFolder: string, description?: string) {
  return meta(
    z.string({ error: 'ожидался путь к файлу' }).regex(/^\/uploads\/[^\s?#]+$/, { error: 'путь к файлу должен начинаться с /uploads/ и не содержать пробелов' }),
    { title, description, widget: 'file', mediaFolder },
  );
}

export function url(title: string, description?: string) {
  return meta(z.string().url({ error: 'ожидалась ссылка, начинающаяся с https://' }), { title, description });
}
