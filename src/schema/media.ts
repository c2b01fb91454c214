/** Upload rules for attachments: one list of formats and one size limit, read by the CMS config and the build-time check. */

/** Extensions a methodist may upload (lower case, without the dot). Video is never uploaded: it is added as a link. */
export const ALLOWED_UPLOAD_EXTENSIONS = ['pdf', 'docx', 'pptx', 'xlsx', 'odt', 'jpg', 'jpeg', 'png'] as const;

/** The allowed extensions that are pictures: the only ones an image field (the logo) takes. */
export const IMAGE_UPLOAD_EXTENSIONS = ['jpg', 'jpeg', 'png'] as const;

/** Largest file accepted, in bytes (20 MB). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** The rule as the methodist reads it, shown under file fields and in error messages. */
export const UPLOAD_RULE_TEXT = 'PDF, DOCX, PPTX, XLSX, ODT, JPG или PNG до 20 МБ; видео добавляйте ссылкой';

/** The rule for image fields. */
export const IMAGE_RULE_TEXT = 'JPG или PNG до 20 МБ';

/** Site path of an upload in a collection's folder with an allowed extension, e.g. /uploads/materials/plan.pdf. */
export function uploadPathPattern(folder: string): RegExp {
  return new RegExp(`^/uploads/${folder}/[^\\s?#/]+\\.(?:${ALLOWED_UPLOAD_EXTENSIONS.join('|')})$`, 'i');
}

const hasExtension = (name: string, list: readonly string[]) => name.includes('.') && list.includes(name.split('.').pop()!.toLowerCase());

/** Whether a file name has an allowed extension. */
export function isAllowedUpload(name: string): boolean {
  return hasExtension(name, ALLOWED_UPLOAD_EXTENSIONS);
}

/** Whether a file name is an allowed picture, for an image field. */
export function isAllowedImage(name: string): boolean {
  return hasExtension(name, IMAGE_UPLOAD_EXTENSIONS);
}
