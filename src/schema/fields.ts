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

/** A calendar date: YAML gives a Date, the CMS may give a string; both become a Date. */
export function date(title: string, description?: string) {
  return meta(
    z.coerce.date({ error: 'ожидалась дата в формате ГГГГ-ММ-ДД, например 2024-09-01' }),
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
