import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractAll, extractAttachmentText, isExtractable, tidyText } from '../../src/lib/attachment-text.ts';

const uploads = path.resolve('public/uploads/materials');
const read = (name: string) => new Uint8Array(fs.readFileSync(path.join(uploads, name)));

describe('attachment text', () => {
  it('reads the Russian text of a real PDF attachment', async () => {
    const text = await extractAttachmentText('oprosnik-deficitov.pdf', read('oprosnik-deficitov.pdf'));
    expect(text.toLowerCase()).toContain('компас профессиональных затруднений педагога');
  });

  it('reads the Russian text of a real DOCX attachment', async () => {
    const text = await extractAttachmentText('shablon-iom.docx', read('shablon-iom.docx'));
    expect(text.toLowerCase()).toContain('лист контрольных флажков иом');
  });

  it('names a damaged file and goes on with the others', async () => {
    const files: Record<string, Uint8Array> = {
      'broken.pdf': new TextEncoder().encode('это не PDF'),
      'broken.docx': new TextEncoder().encode('и это не DOCX'),
      'plan-nastavnika.docx': read('plan-nastavnika.docx'),
      'photo.jpg': new Uint8Array([0xff, 0xd8]),
    };
    const { texts, failures } = await extractAll(Object.keys(files), (f) => files[f]);
    expect(failures.map((f) => f.file)).toEqual(['broken.pdf', 'broken.docx']);
    expect(failures.every((f) => f.reason.length > 0)).toBe(true);
    expect([...texts.keys()]).toEqual(['plan-nastavnika.docx']);
    expect(texts.get('plan-nastavnika.docx')!.toLowerCase()).toContain('дневник совместных наблюдений пары');
  });

  it('a missing file is a failure, not a crash', async () => {
    const { failures } = await extractAll(['nowhere.pdf'], () => { throw new Error('ENOENT: нет файла'); });
    expect(failures).toEqual([{ file: 'nowhere.pdf', reason: 'ENOENT: нет файла' }]);
  });

  it('only PDF and DOCX are extracted; long text is cut at a word', () => {
    expect(isExtractable('/uploads/a.PDF')).toBe(true);
    expect(isExtractable('/uploads/a.pptx')).toBe(false);
    expect(tidyText('  один\n\n два  три ', 9)).toBe('один два');
  });
});
