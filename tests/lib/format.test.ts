import { describe, expect, it } from 'vitest';
import { fileFormat, formatFileSize } from '../../src/lib/format.ts';

describe('formatFileSize', () => {
  it('shows bytes, КБ and МБ with a Russian decimal comma', () => {
    expect(formatFileSize(0)).toBe('0 Б');
    expect(formatFileSize(1023)).toBe('1023 Б');
    expect(formatFileSize(1024)).toBe('1 КБ');
    expect(formatFileSize(1536)).toBe('1,5 КБ');
    expect(formatFileSize(12 * 1024 + 300)).toBe('12 КБ');
    expect(formatFileSize(1.45 * 1024 * 1024)).toBe('1,5 МБ');
    expect(formatFileSize(20 * 1024 * 1024)).toBe('20 МБ');
    expect(formatFileSize(3 * 1024 ** 3)).toBe('3 ГБ');
  });
});

describe('fileFormat', () => {
  it('names the format by the extension', () => {
    expect(fileFormat('/uploads/materials/plan.docx')).toBe('DOCX');
    expect(fileFormat('/uploads/materials/README')).toBe('Файл');
  });
});
