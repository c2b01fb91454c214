import { describe, expect, it } from 'vitest';
import { buildRecord, readableJoin, recordHtml } from '../../src/lib/search-records.ts';
import { compileThesaurus } from '../../src/lib/thesaurus.ts';

describe('search record text, as excerpts show it', () => {
  it('field values without closing punctuation end with a semicolon, so they do not run together', () => {
    expect(readableJoin(['Смирнова Е. А.', 'МБОУ «Гимназия № 1»', 'наставничество', ' ', 'Обзор форм.'])).toBe('Смирнова Е. А.\nМБОУ «Гимназия № 1»;\nнаставничество;\nОбзор форм.');
  });

  it('a material: authors, organisation, tags and the body\'s headings, list items and cells read apart', () => {
    const record = buildRecord({
      collection: 'materials',
      data: {
        title: 'Формы наставничества', slug: 'formy', summary: 'Обзор форм наставничества.', type: 'recommendations',
        authors: ['Смирнова Е. А.'], organization: 'МБОУ «Гимназия № 1»', tags: ['наставничество', 'реверсивное наставничество'],
        date: new Date('2023-11-02'), subjects: [], levels: [], audiences: [], deficits: [], files: [],
      },
      body: '## Не только пара\n\nЦелевая модель на 2022–2026 годы.\n\n| Форма | Когда |\n|---|---|\n| Групповое | Похожие затруднения |\n\n- первый пункт\n- второй пункт',
    }, () => undefined, compileThesaurus({ groups: [] }));
    const text = record.text.replace(/\s+/g, ' ');
    expect(text).toContain('МБОУ «Гимназия № 1»; наставничество; реверсивное наставничество;');
    expect(text).toContain('Не только пара. Целевая модель на 2022–2026 годы.');
    expect(text).toContain('Форма. Когда. Групповое. Похожие затруднения.');
    expect(text).toContain('первый пункт. второй пункт.');
  });

  it('an attachment\'s title is set off from its first words by a colon', () => {
    const record = buildRecord({
      collection: 'materials',
      data: { title: 'План', slug: 'plan', summary: 'План работы.', type: 'template', date: new Date('2023-11-02'), files: [{ title: 'План работы (DOCX)', path: '/uploads/plan.docx' }] },
    }, () => undefined, compileThesaurus({ groups: [] }), () => 'План работы наставника');
    expect(recordHtml(record)).toContain('<h2>Файл «План работы (DOCX)»:</h2><p>План работы наставника</p>');
  });
});
