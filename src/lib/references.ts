/** Which entries point at a given entry, through the relations the schema declares: what the CMS lists before a methodist deletes an entry the site build would then miss. */
import { collections } from '../schema/collections.ts';
import { countOf } from './format.ts';
import { ENTRY_FORMS } from './words.ts';
import { fieldLabel, relationPaths, valuesAlong } from '../schema/walk.ts';

export interface EntryData { collection: string; slug: string; data: unknown }

/** One entry that refers to the target, named as the methodist knows it, with the fields that hold the reference. */
export interface Referrer { collection: string; slug: string; name: string; fields: string[] }

/** Collections with a relation to `target` (e.g. materials ← cases): only their entries can refer to it. */
export function referringCollections(target: string): string[] {
  return collections.filter((c) => relationPaths(c.schema).some((r) => r.collection === target)).map((c) => c.name);
}

/**
 * The entries among `entries` that refer to `target` (a collection and a slug) along the schema's relations — the
 * same paths the build follows when it refuses a reference to a missing entry — each with the Russian labels of the
 * fields that hold it, e.g. «Шаги» › строка 2 › «Материал».
 */
export function referrersOf(target: { collection: string; slug: string }, entries: readonly EntryData[]): Referrer[] {
  const out: Referrer[] = [];
  for (const entry of entries) {
    const def = collections.find((c) => c.name === entry.collection);
    if (!def || (entry.collection === target.collection && entry.slug === target.slug)) continue;
    const fields: string[] = [];
    for (const rel of relationPaths(def.schema)) {
      if (rel.collection !== target.collection) continue;
      for (const [path, value] of valuesAlong(entry.data, rel.path)) if (value === target.slug) fields.push(fieldLabel(def.schema, path));
    }
    if (fields.length === 0) continue;
    const title = (entry.data as Record<string, unknown> | null)?.[def.titleField];
    const name = `${def.labelSingular} «${typeof title === 'string' && title.trim() ? title.trim() : entry.slug}»`;
    out.push({ collection: entry.collection, slug: entry.slug, name, fields });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name, 'ru'));
}

/** The sentence above the list of referrers in the CMS: that the entry is used, and what deleting it would do. */
export function referrersNotice(referrers: readonly Referrer[]): string | undefined {
  if (referrers.length === 0) return undefined;
  return `Эту запись упоминают другие записи (${countOf(referrers.length, ENTRY_FORMS)}). Если удалить её, сайт не соберётся, пока в них остаются ссылки на неё: сначала уберите или замените эти ссылки.`;
}

/** Why the CMS does not delete an entry others refer to, with what to edit first; nothing when the entry is unused. */
export function deleteRefusal(referrers: readonly Referrer[]): string | undefined {
  if (referrers.length === 0) return undefined;
  const where = referrers.map((r) => `— ${r.name}: ${r.fields.join('; ')}`).join('\n');
  return `Эту запись нельзя удалить: её упоминают другие записи (${countOf(referrers.length, ENTRY_FORMS)}), и без неё сайт не соберётся. Сначала уберите или замените ссылки на неё:\n${where}`;
}
