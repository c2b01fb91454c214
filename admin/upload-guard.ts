/** Enforces the upload rules in the CMS: a file of another format or over the limit is refused before Decap takes it, a Russian file name is transliterated, and an entry pointing at a refused file is not saved. */
import { IMAGE_ACCEPT, replaceQuestion, saveRefusal, UPLOAD_ACCEPT, uploadFileName, uploadRefusal, type CmsFieldShape } from '../src/lib/upload-check.ts';

interface Entry { get(key: 'collection'): string; get(key: 'data'): { toJS(): unknown } }
interface CollectionShape { name: string; fields?: CmsFieldShape[]; files?: { fields: CmsFieldShape[] }[] }
interface Cms { registerEventListener(listener: { name: 'preSave'; handler: (args: { entry: Entry }) => unknown }): void }

const isFileInput = (t: EventTarget | null): t is HTMLInputElement => t instanceof HTMLInputElement && t.type === 'file';

/**
 * Whether the media library was opened for an image field. Decap renders the input accepting images only or anything;
 * React only rewrites the attribute when that changes, so its own value, when present, is the current one.
 */
function imagesOnly(input: HTMLInputElement): boolean {
  if (input.accept === 'image/*' || input.accept === '*/*') input.dataset.imagesOnly = String(input.accept === 'image/*');
  return input.dataset.imagesOnly === 'true';
}

/** Gives the chosen files Latin names (src/lib/upload-check.ts uploadFileName) before Decap reads them from the input. */
function renameForUpload(input: HTMLInputElement): void {
  const files = [...(input.files ?? [])];
  if (files.every((f) => uploadFileName(f.name) === f.name)) return;
  const renamed = new DataTransfer();
  for (const f of files) renamed.items.add(new File([f], uploadFileName(f.name), { type: f.type, lastModified: f.lastModified }));
  input.files = renamed.files;
}

/**
 * Decap's media library takes a file on the input's `change` event (React listens on its root), so a capture
 * listener on the document sees the file first and can stop it: nothing reaches the entry draft or the repository.
 */
export function guardFileInputs(doc: Document, tell: (message: string) => void = (m) => window.alert(m)): void {
  doc.addEventListener('click', (e) => {
    if (isFileInput(e.target)) e.target.accept = imagesOnly(e.target) ? IMAGE_ACCEPT : UPLOAD_ACCEPT;
  }, true);
  doc.addEventListener('change', (e) => {
    if (!isFileInput(e.target)) return;
    const images = imagesOnly(e.target);
    const refusal = [...(e.target.files ?? [])].map((f) => uploadRefusal(f, images)).find(Boolean);
    if (refusal) {
      e.stopImmediatePropagation();
      e.target.value = '';
      tell(refusal);
      return;
    }
    renameForUpload(e.target);
  }, true);
}

/**
 * Decap's question before an upload replaces a file of the same name is a hard-coded English `window.confirm`; the
 * window's confirm asks it in Russian instead (src/lib/upload-check.ts replaceQuestion). Every other question passes.
 */
export function translateReplaceQuestion(win: Pick<Window, 'confirm'>): void {
  const confirm = win.confirm.bind(win);
  win.confirm = (message?: string) => confirm(replaceQuestion(String(message ?? '')) ?? message);
}

/** Refuses to save an entry whose file fields name a file of a format the site does not accept (e.g. one put in the folder through Git). */
export function guardSaving(cms: Cms, collections: readonly CollectionShape[]): void {
  cms.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const c = collections.find((x) => x.name === entry.get('collection'));
      const fields = c?.fields ?? c?.files?.flatMap((f) => f.fields) ?? [];
      const refusal = saveRefusal(fields, entry.get('data').toJS());
      // Decap shows the error as «Не удалось сохранить запись: <error>»; without the «Error:» prefix it reads as one sentence.
      if (refusal) throw Object.assign(new Error(refusal), { toString: () => refusal });
      return undefined;
    },
  });
}
