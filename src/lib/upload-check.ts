/** The upload rules of src/schema/media.ts applied in the CMS: a file chosen for upload, and the file fields of an entry before it is saved. */
import { ALLOWED_UPLOAD_EXTENSIONS, MAX_UPLOAD_BYTES, UPLOAD_RULE_TEXT, isAllowedUpload } from '../schema/media.ts';

/** The `accept` list for the file picker, so it offers only the allowed formats. */
export const UPLOAD_ACCEPT = ALLOWED_UPLOAD_EXTENSIONS.map((e) => `.${e}`).join(',');

const megabytes = (bytes: number) => new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024);

/** Why a chosen file may not be uploaded, in Russian, or undefined when it may. */
export function uploadRefusal(file: { name: string; size: number }): string | undefined {
  if (!isAllowedUpload(file.name)) return `Файл «${file.name}» не загружен: такой формат не принимается. Можно загружать ${UPLOAD_RULE_TEXT}.`;
  if (file.size > MAX_UPLOAD_BYTES) return `Файл «${file.name}» не загружен: его размер ${megabytes(file.size)} МБ больше допустимого. Можно загружать ${UPLOAD_RULE_TEXT}.`;
  return undefined;
}

/** The part of a Decap field config this check reads. */
export interface CmsFieldShape { name: string; label?: string; widget?: string; fields?: CmsFieldShape[]; field?: CmsFieldShape }

/** A file field value that breaks the rules, with the field named as the methodist sees it, e.g. «Файлы → Файл». */
export interface RefusedFile { field: string; path: string }

function walk(fields: readonly CmsFieldShape[], data: unknown, prefix: string[], out: RefusedFile[]): void {
  if (!data || typeof data !== 'object') return;
  for (const f of fields) {
    const value = (data as Record<string, unknown>)[f.name];
    const label = [...prefix, f.label ?? f.name];
    if (f.widget === 'file' || f.widget === 'image') {
      if (typeof value === 'string' && value !== '' && !isAllowedUpload(value)) out.push({ field: label.join(' → '), path: value });
    } else if (f.fields && Array.isArray(value)) {
      for (const item of value) walk(f.fields, item, label, out);
    } else if (f.fields) {
      walk(f.fields, value, label, out);
    } else if (f.field && Array.isArray(value)) {
      for (const item of value) walk([{ ...f.field, label: f.label }], { [f.field.name]: item }, prefix, out);
    }
  }
}

/** Every file field of an entry whose file has a format the site does not accept. */
export function refusedFiles(fields: readonly CmsFieldShape[], data: unknown): RefusedFile[] {
  const out: RefusedFile[] = [];
  walk(fields, data, [], out);
  return out;
}

/** Why an entry may not be saved because of its files, in Russian, or undefined when it may; Decap shows it after «Не удалось сохранить запись:». */
export function saveRefusal(fields: readonly CmsFieldShape[], data: unknown): string | undefined {
  const refused = refusedFiles(fields, data);
  if (refused.length === 0) return undefined;
  const list = refused.map((r) => `в поле «${r.field}» файл «${r.path.split('/').pop()}»`).join('; ');
  return `недопустимый формат файла — ${list}. Можно загружать ${UPLOAD_RULE_TEXT}.`;
}
