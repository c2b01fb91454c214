/** Before the CMS saves an entry: drops the blanks left in optional fields and refuses an entry the site schema rejects or whose address no longer matches its file (src/lib/cms-draft.ts), so every saved file is one the site build accepts. */
import { blankOptionalPaths, draftRefusal, slugChangeRefusal, withoutBlanks, type DraftPath } from '../src/lib/cms-draft.ts';
import { collections as model, settingsSchema } from '../src/schema/collections.ts';
import type { CmsFieldShape } from '../src/lib/upload-check.ts';
import { loadedEntry } from './related-entries.ts';

interface Data { toJS(): unknown; deleteIn(path: DraftPath): Data }
interface Entry { get(key: 'collection'): string; get(key: 'slug'): string; get(key: 'newRecord'): boolean | undefined; get(key: 'data'): Data }
interface CollectionShape { name: string; fields?: CmsFieldShape[]; files?: { name: string; fields: CmsFieldShape[] }[] }
interface Cms { registerEventListener(listener: { name: 'preSave'; handler: (args: { entry: Entry }) => unknown }): void }

/** The fields of the entry's collection (or of its file, for the settings). */
export function fieldsOfEntry(collections: readonly CollectionShape[], entry: Entry): CmsFieldShape[] {
  const c = collections.find((x) => x.name === entry.get('collection'));
  return c?.fields ?? c?.files?.find((f) => f.name === entry.get('slug'))?.fields ?? c?.files?.[0]?.fields ?? [];
}

export function checkDraftsOnSave(cms: Cms, collections: readonly CollectionShape[]): void {
  cms.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const data = entry.get('data');
      const fields = fieldsOfEntry(collections, entry);
      const name = entry.get('collection');
      const schema = name === 'settings' ? settingsSchema : model.find((c) => c.name === name)?.schema;
      const folder = !collections.find((c) => c.name === name)?.files;
      const refusal = (folder && !entry.get('newRecord') ? slugChangeRefusal(entry.get('slug'), data.toJS()) : undefined)
        ?? (schema && draftRefusal(schema, withoutBlanks(fields, data.toJS()), name === 'indicators' ? loadedEntry('programmes', (data.toJS() as { programme?: unknown }).programme) : undefined));
      // Decap shows the error as «Не удалось сохранить запись: <error>»; without the «Error:» prefix it reads as one sentence.
      if (refusal) throw Object.assign(new Error(refusal), { toString: () => refusal });
      const paths = blankOptionalPaths(fields, data.toJS());
      // Decap takes a returned value as the entry's new data; undefined keeps it as it is.
      return paths.length ? paths.reduce((d, p) => d.deleteIn(p), data) : undefined;
    },
  });
}
