/** Text of material attachments (PDF, DOCX) for the search index; a file that cannot be read is reported, never fatal. */

/** Formats whose text goes into the search index. */
export const EXTRACTABLE = ['pdf', 'docx'] as const;

/** Attachment text beyond this many characters is left out of the index, keeping each result fragment small. */
export const MAX_ATTACHMENT_CHARS = 20_000;

export function isExtractable(file: string): boolean {
  const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase();
  return (EXTRACTABLE as readonly string[]).includes(ext ?? '');
}

/** Collapses whitespace and cuts to the limit at a word boundary. */
export function tidyText(text: string, max = MAX_ATTACHMENT_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return space > max * 0.8 ? cut.slice(0, space) : cut;
}

/** Plain text of one PDF or DOCX file; throws with a readable reason when the file is damaged or of another format. */
export async function extractAttachmentText(file: string, bytes: Uint8Array): Promise<string> {
  const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase();
  if (ext === 'pdf') {
    // The readers load on first use: most builds read no attachment (unchanged shards come from the cache).
    const { extractText: extractPdfText, getDocumentProxy } = await import('unpdf');
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    try {
      const { text } = await extractPdfText(pdf, { mergePages: true });
      return tidyText(text);
    } finally {
      await pdf.cleanup();
    }
  }
  if (ext === 'docx') {
    const { default: mammoth } = await import('mammoth');
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return tidyText(value);
  }
  throw new Error(`формат ${ext ? ext.toUpperCase() : 'без расширения'} не поддерживается`);
}

export interface ExtractionFailure { file: string; reason: string }

/** Extracts every readable attachment; collects failures instead of throwing, so one broken file never stops the build. */
export async function extractAll(files: string[], read: (file: string) => Uint8Array): Promise<{ texts: Map<string, string>; failures: ExtractionFailure[] }> {
  const texts = new Map<string, string>();
  const failures: ExtractionFailure[] = [];
  for (const file of files) {
    if (!isExtractable(file) || texts.has(file)) continue;
    try {
      texts.set(file, await extractAttachmentText(file, read(file)));
    } catch (error) {
      failures.push({ file, reason: (error as Error).message.split('\n')[0] || 'файл не читается' });
    }
  }
  return { texts, failures };
}
