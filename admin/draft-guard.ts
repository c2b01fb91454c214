/** Before the CMS saves an entry: drops the blanks left in optional fields (src/lib/cms-draft.ts), so the saved file is one the site build accepts. */
import { blankOptionalPaths, type DraftPath } from '../src/lib/cms-draft.ts';
import type { CmsFieldShape } from '../src/lib/upload-check.ts';

interface Data { toJS(): unknown; deleteIn(path: DraftPath): Data }
interface Entry { get(key: 'collection'): string; get(key: 'slug'): string; get(key: 'data'): Data }
interface CollectionShape { name: string; fields?: CmsFieldShape[]; files?: { name: string; fields: CmsFieldShape[] }[] }
interface Cms { registerEventListener(listener: { name: 'preSave'; handler: (args: { entry: Entry }) => unknown }): void }

/** The fields of the entry's collection (or of its file, for the settings). */
export function fieldsOfEntry(collections: readonly CollectionShape[], entry: Entry): CmsFieldShape[] {
  const c = collections.find((x) => x.name === entry.get('collection'));
  return c?.fields ?? c?.files?.find((f) => f.name === entry.get('slug'))?.fields ?? c?.files?.[0]?.fields ?? [];
}

export function dropBlanksOnSave(cms: Cms, collections: readonly CollectionShape[]): void {
  cms.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const data = entry.get('data');
      const paths = blankOptionalPaths(fieldsOfEntry(collections, entry), data.toJS());
      // Decap takes a returned value as the entry's new data; undefined keeps it as it is.
      return paths.length ? paths.reduce((d, p) => d.deleteIn(p), data) : undefined;
    },
  });
}
