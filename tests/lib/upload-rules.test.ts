import { describe, expect, it } from 'vitest';
import { isAllowedImage, isAllowedUpload, MAX_UPLOAD_BYTES } from '../../src/schema/media.ts';
import { formatProblem, validateContent } from '../../src/lib/content-validation.ts';

const material = (path: string) => ({
  collection: 'materials', file: 'content/materials/m.md',
  data: { title: 'М', slug: 'm', summary: 'С', type: 'article', date: '2025-01-01', files: [{ title: 'Ф', path }] },
});
const types = { collection: 'material-types', file: 'content/material-types/article.yaml', data: { title: 'Статья', slug: 'article' } };

describe('upload rules at build', () => {
  it('office documents, PDF and pictures are allowed; video and executables are not', () => {
    expect(['a.pdf', 'a.DOCX', 'a.pptx', 'a.xlsx', 'a.odt', 'a.jpg', 'a.png'].every(isAllowedUpload)).toBe(true);
    expect(['a.mp4', 'a.exe', 'a', 'a.zip'].some(isAllowedUpload)).toBe(false);
  });
  it('an image field takes only JPG and PNG', () => {
    expect(['a.jpg', 'a.JPEG', 'a.png'].every(isAllowedImage)).toBe(true);
    expect(['a.pdf', 'a.svg', 'a.gif', 'a'].some(isAllowedImage)).toBe(false);
  });
  const check = (path: string, size: number) => validateContent([types, material(path)], undefined, { fileExists: () => true, fileSize: () => size })
    .filter((p) => p.file.includes('materials')).map(formatProblem);
  it('a video uploaded as a file stops the build with the rule in Russian', () => {
    expect(check('/uploads/materials/lesson.mp4', 10)).toEqual([expect.stringMatching(/недопустимый формат файла: PDF, DOCX.*видео добавляйте ссылкой/)]);
  });
  it('a file over the limit stops the build', () => {
    expect(check('/uploads/materials/big.pdf', MAX_UPLOAD_BYTES + 1)).toEqual([expect.stringMatching(/файл больше допустимого.*20 МБ/)]);
    expect(check('/uploads/materials/ok.pdf', MAX_UPLOAD_BYTES)).toEqual([]);
  });
});
