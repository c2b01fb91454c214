/** The upload rules of src/schema/media.ts applied in the CMS: a file chosen for upload, and the file fields of an entry before it is saved. */
import { ALLOWED_UPLOAD_EXTENSIONS, IMAGE_RULE_TEXT, IMAGE_UPLOAD_EXTENSIONS, MAX_UPLOAD_BYTES, UPLOAD_RULE_TEXT, isAllowedImage, isAllowedUpload } from '../schema/media.ts';
import { translit } from './slugify.ts';

/** The `accept` lists for the file picker, so it offers only the allowed formats (pictures only for an image field). */
export const UPLOAD_ACCEPT = ALLOWED_UPLOAD_EXTENSIONS.map((e) => `.${e}`).join(',');
export const IMAGE_ACCEPT = IMAGE_UPLOAD_EXTENSIONS.map((e) => `.${e}`).join(',');

const megabytes = (bytes: number) => new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024);

/** Why a chosen file may not be uploaded (into an image field, if `imagesOnly`), in Russian, or undefined when it may. */
export function uploadRefusal(file: { name: string; size: number }, imagesOnly = false): string | undefined {
  const rule = imagesOnly ? IMAGE_RULE_TEXT : UPLOAD_RULE_TEXT;
  if (!(imagesOnly ? isAllowedImage : isAllowedUpload)(file.name)) return `Файл «${file.name}» не загружен: такой формат не принимается. Можно загружать ${rule}.`;
  if (file.size > MAX_UPLOAD_BYTES) return `Файл «${file.name}» не загружен: его размер ${megabytes(file.size)} МБ больше допустимого. Можно загружать ${rule}.`;
  return undefined;
}

/**
 * The name an uploaded file is stored under: Latin letters, digits and hyphens, the extension in lower case
 * («План урока №3.PDF» → plan-uroka-3.pdf). Decap keeps only ASCII in a file name, so a Russian name would
 * otherwise become «.pdf»: a hidden file that the next Russian-named upload overwrites.
 */
export function uploadFileName(name: string): string {
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot + 1).toLowerCase().replace(/[^a-z0-9]/g, '') : '';
  const base = translit(dot > 0 ? name.slice(0, dot) : name) || 'fayl';
  return ext ? `${base}.${ext}` : base;
}

/**
 * Decap asks, in English it does not translate, whether an upload may replace a file of the same name: the file may be
 * attached to another entry, which would then show the new file. The question in Russian, or undefined for any other.
 */
export function replaceQuestion(message: string): string | undefined {
  const name = /^(.+) already exists\. Do you want to replace it\?$/s.exec(message)?.[1];
  if (!name) return undefined;
  return `Файл «${name}» уже есть в медиатеке и, возможно, прикреплён к другой записи. Заменить его? Тогда и в других записях будет новый файл. Чтобы их не затронуть, нажмите «Отмена», переименуйте файл на компьютере и загрузите его снова.`;
}

/** The part of a Decap field config this check reads. */
export interface CmsFieldShape { name: string; label?: string; widget?: string; fields?: CmsFieldShape[]; field?: CmsFieldShape }

/** A file field value that breaks the rules, with the field named as the methodist sees it, e.g. «Файлы → Файл». */
export interface RefusedFile { field: string; path: string; imagesOnly: boolean }

/** Only uploads are governed by the rules: files the site itself ships (e.g. /logo.svg) are not. */
const isUpload = (value: unknown): value is string => typeof value === 'string' && value.startsWith('/uploads/');

function walk(fields: readonly CmsFieldShape[], data: unknown, prefix: string[], out: RefusedFile[]): void {
  if (!data || typeof data !== 'object') return;
  for (const f of fields) {
    const value = (data as Record<string, unknown>)[f.name];
    const label = [...prefix, f.label ?? f.name];
    if (f.widget === 'file' || f.widget === 'image') {
      const imagesOnly = f.widget === 'image';
      if (isUpload(value) && !(imagesOnly ? isAllowedImage : isAllowedUpload)(value)) out.push({ field: label.join(' → '), path: value, imagesOnly });
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
  const list = refused.map((r) => `в поле «${r.field}» файл «${r.path.split('/').pop()}»${r.imagesOnly ? ` (сюда — только ${IMAGE_RULE_TEXT})` : ''}`).join('; ');
  return `недопустимый формат файла — ${list}. Можно загружать ${UPLOAD_RULE_TEXT}.`;
}
