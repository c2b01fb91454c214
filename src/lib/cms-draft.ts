/** Prepares an entry the CMS is about to save: blanks left in optional fields are dropped, and an entry the site build would reject is refused with the build's own words. */
import type { z } from 'astro/zod';
import type { CmsFieldShape } from './upload-check.ts';
import { ownProblems } from './content-validation.ts';

export type DraftPath = (string | number)[];
type Field = CmsFieldShape & { required?: boolean };

const isBlank = (v: unknown) => v === null || (typeof v === 'string' && v.trim() === '');
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Paths of the optional values a save should drop: a field typed in and cleared again is saved by Decap as "" (a date,
 * a number, a text) or null (a cleared choice), which the site schema rejects, and an optional block left with nothing
 * in it (e.g. «Базовое значение» opened and emptied) is dropped whole. Required fields are left to the CMS's own check.
 */
export function blankOptionalPaths(fields: readonly Field[], data: unknown): DraftPath[] {
  const out: DraftPath[] = [];
  visit(fields, data, [], out);
  return out;
}

/** Visits an object's fields; returns whether nothing would be left in it. */
function visit(fields: readonly Field[], data: unknown, at: DraftPath, out: DraftPath[]): boolean {
  if (!isObject(data)) return false;
  let left = 0;
  for (const [key, value] of Object.entries(data)) {
    const f = fields.find((x) => x.name === key);
    if (!f || f.widget === 'markdown' || f.widget === 'hidden') { left++; continue; }
    const path = [...at, key];
    const optional = f.required === false;
    if (isBlank(value) && optional) { out.push(path); continue; }
    if (f.fields && isObject(value)) {
      const mark = out.length;
      const emptied = visit(f.fields, value, path, out);
      if (emptied && optional) { out.splice(mark, out.length - mark, path); continue; }
    } else if (f.fields && Array.isArray(value)) {
      value.forEach((item, i) => visit(f.fields!, item, [...path, i], out));
    }
    left++;
  }
  return left === 0;
}

/** The draft without those values (plain data; the CMS itself deletes the same paths from its own copy). */
export function withoutBlanks<T>(fields: readonly Field[], data: T): T {
  const copy = structuredClone(data);
  for (const path of blankOptionalPaths(fields, copy)) {
    const parent = path.slice(0, -1).reduce<any>((o, k) => o?.[k], copy);
    if (parent) delete parent[path[path.length - 1]];
  }
  return copy;
}

const MAX_LISTED = 5;

/**
 * Why the site would refuse the entry, in Russian, or undefined when it takes it: the build's checks of one entry
 * applied to the draft (src/lib/content-validation.ts ownProblems), e.g. «Дата окончания» before «Дата начала», a
 * half-filled «Базовое значение», a roadmap row citing a task code the programme does not have, and — given the data
 * of an indicator's programme — a year outside the programme's period.
 * Relations to other entries are left to the build. Decap shows it after «Не удалось сохранить запись:».
 */
export function draftRefusal(schema: z.ZodObject, data: unknown, programme?: unknown): string | undefined {
  const problems = ownProblems(schema, '', data, programme);
  if (problems.length === 0) return undefined;
  const listed = problems.slice(0, MAX_LISTED).map((p) => {
    const value = p.value === undefined || p.value === '' ? 'не заполнено' : `значение ${showDraftValue(p.value)}`;
    return `поле ${p.field}: ${value} — ${p.expected}`;
  });
  const more = problems.length > MAX_LISTED ? `; и ещё ${problems.length - MAX_LISTED}` : '';
  return `сайт не примет запись — ${listed.join('; ')}${more}. Исправьте и сохраните снова.`;
}

function showDraftValue(v: unknown): string {
  if (v instanceof Date) return `«${v.toISOString().slice(0, 10)}»`;
  const text = typeof v === 'string' ? v : JSON.stringify(v);
  return `«${text.length > 60 ? `${text.slice(0, 57)}…` : text}»`;
}

/**
 * Why an edited entry may not be saved with another «Адрес страницы», or undefined when it may: Decap keeps the file
 * under its old name, so the address would no longer match the file (the build refuses that), and other entries and
 * outside links still point at the old address. `savedSlug` is the file's name; undefined for a new entry.
 */
export function slugChangeRefusal(savedSlug: string | undefined, data: unknown): string | undefined {
  const slug = (data as { slug?: unknown } | undefined)?.slug;
  if (!savedSlug || typeof slug !== 'string' || slug === savedSlug) return undefined;
  return `«Адрес страницы» сохранённой записи не меняется: это имя её файла, и на него ссылаются другие записи и внешние ссылки. Верните адрес «${savedSlug}»; если нужен новый адрес, создайте новую запись.`;
}

/** Why a new entry may not take an address another entry of its collection has (its file name would become «…-1»). */
export function slugTakenMessage(slug: string): string {
  return `Адрес «${slug}» уже занят другой записью этого раздела. Придумайте другой, например добавьте год или уточнение: «${slug}-2025».`;
}
