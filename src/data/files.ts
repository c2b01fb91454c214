/** Attachment facts computed at build from the real file under public/. */
import fs from 'node:fs';
import path from 'node:path';
import { attachmentTitle, fileFormat, formatFileSize } from '../lib/format.ts';

export interface AttachmentInfo { title: string; path: string; format: string; bytes: number; size: string }

export function attachmentInfo(file: { title: string; path: string }): AttachmentInfo {
  // A missing file stops the build in the content check; the dev server still shows the page while it is being uploaded.
  const bytes = fs.statSync(path.join(process.cwd(), 'public', decodeURI(file.path)), { throwIfNoEntry: false })?.size;
  const format = fileFormat(file.path);
  return { ...file, title: attachmentTitle(file.title, format), format, bytes: bytes ?? 0, size: bytes === undefined ? 'файл не найден' : formatFileSize(bytes) };
}
