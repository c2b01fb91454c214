import { describe, expect, it } from 'vitest';
import { ContentSyntaxError, parseYaml, splitFrontmatter } from '../../src/lib/frontmatter.ts';

const syntaxError = (read: () => unknown): ContentSyntaxError => {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentSyntaxError);
    return error as ContentSyntaxError;
  }
  throw new Error('expected a syntax error');
};

describe('splitFrontmatter', () => {
  it('reads a file saved by Windows Notepad (byte order mark, CRLF)', () => {
    const { data, body } = splitFrontmatter('\uFEFF---\r\ntitle: Памятка\r\n---\r\nТекст\r\n');
    expect(data).toEqual({ title: 'Памятка' });
    expect(body).toBe('Текст\r\n');
  });

  it('names the line of the file, not of the frontmatter, and says in Russian what is wrong', () => {
    const error = syntaxError(() => splitFrontmatter('---\ntitle: Памятка\nfiles:\n\t- title: Файл\n---\n'));
    expect(error.line).toBe(4);
    expect(error.message).toBe('строка 4: отступ сделан символом табуляции — замените его пробелами; в строке: «→- title: Файл»');
  });

  it('points at the line where a quote was opened, not where the file ends', () => {
    const error = syntaxError(() => splitFrontmatter('---\nslug: a\ntitle: "Памятка\nsummary: Текст\n---\n'));
    expect(error.line).toBe(3);
    expect(error.message).toContain('не закрыта кавычка');
  });

  it('tells a frontmatter block left open from a file without one and from an empty file', () => {
    expect(syntaxError(() => splitFrontmatter('---\ntitle: Памятка\nТекст')).message).toContain('блок полей не закрыт');
    expect(syntaxError(() => splitFrontmatter('title: Памятка\n')).message).toContain('должен начинаться со строки «---»');
    expect(syntaxError(() => splitFrontmatter('\n')).message).toContain('файл пуст');
  });

  it('accepts an empty frontmatter block', () => {
    expect(splitFrontmatter('---\n---\nТекст').data).toEqual({});
  });
});

describe('parseYaml', () => {
  it('refuses a file that is a list or a sentence instead of fields', () => {
    expect(syntaxError(() => parseYaml('- a\n- b\n')).message).toContain('«название: значение»');
    expect(syntaxError(() => parseYaml('просто текст\n')).message).toContain('«название: значение»');
  });

  it('points at the line where a bracket was opened', () => {
    const error = syntaxError(() => parseYaml('actuals:\n  - year: 2022\n    value: [21\n    demo: true\n'));
    expect(error.line).toBe(3);
    expect(error.message).toContain('не закрыт «]»');
  });

  it('reads an empty file as no fields', () => {
    expect(parseYaml('# только комментарий\n')).toEqual({});
  });
});
