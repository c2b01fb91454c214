import { describe, expect, it } from 'vitest';
import { ACCESS_DATE_PLACEHOLDER, accessDate, authorForms, formatCitation } from '../../src/lib/citation.ts';

const base = { title: 'План ИОМ на год', kind: 'шаблон', site: 'Методическая служба', year: 2025, url: 'https://example.ru/materials/shablon/', accessed: new Date('2025-09-01') };

describe('formatCitation', () => {
  it('heads the reference with the first author and names all up to three', () => {
    expect(formatCitation({ ...base, authors: ['Фёдорова А. К.', 'Иванов И. И.'], organization: 'МБОУ «Лицей № 7»' })).toBe(
      'Фёдорова, А. К. План ИОМ на год : шаблон / А. К. Фёдорова, И. И. Иванов ; МБОУ «Лицей № 7». — Текст : электронный // Методическая служба : [сайт]. — 2025. — URL: https://example.ru/materials/shablon/ (дата обращения: 01.09.2025).',
    );
  });
  it('starts with the title when there are four authors or more', () => {
    const c = formatCitation({ ...base, authors: ['А А. А.', 'Б Б. Б.', 'В В. В.', 'Г Г. Г.'] });
    expect(c.startsWith('План ИОМ на год : шаблон / А. А. А [и др.]. — ')).toBe(true);
  });
  it('sets a subtitle off with « : », as the standard does, and leaves a time such as 10:00 alone', () => {
    expect(formatCitation({ ...base, title: 'Индивидуальный маршрут: пошаговая инструкция', authors: [] })).toMatch(/^Индивидуальный маршрут : пошаговая инструкция : шаблон\. — /);
    expect(formatCitation({ ...base, title: 'Вебинар в 10:00', authors: [] })).toMatch(/^Вебинар в 10:00 : шаблон\. — /);
  });
  it('does not repeat the kind a title already names, and keeps a colon inside a quoted name', () => {
    const of = (title: string, kind: string) => formatCitation({ ...base, title, kind, authors: [] }).split('. — ')[0];
    expect(of('Положение о наставничестве: шаблон', 'шаблон, форма')).toBe('Положение о наставничестве : шаблон');
    expect(of('Анализ результатов ВПР: шаблон для методического объединения', 'шаблон, форма')).toBe('Анализ результатов ВПР : шаблон для методического объединения');
    expect(of('Технологическая карта урока математики', 'технологическая карта урока')).toBe('Технологическая карта урока математики');
    expect(of('Памятка молодому учителю: первые сто дней', 'методические рекомендации')).toBe('Памятка молодому учителю : первые сто дней : методические рекомендации');
    // «шаблоны» is not «шаблон»: only the word itself counts.
    expect(of('Шаблоны уроков', 'шаблон, форма')).toBe('Шаблоны уроков : шаблон, форма');
    expect(of('Видеозапись семинара «Взаимопосещение уроков: наставник и молодой педагог»', 'видеозапись')).toBe('Видеозапись семинара «Взаимопосещение уроков: наставник и молодой педагог»');
  });
  it('works without authors', () => {
    expect(formatCitation({ ...base, authors: [], kind: undefined })).toMatch(/^План ИОМ на год\. — Текст : электронный/);
  });
  it('inverts «Фамилия И. О.»', () => {
    expect(authorForms('Петрова  М. В.')).toEqual({ heading: 'Петрова, М. В.', inverted: 'М. В. Петрова' });
  });
  it('leaves the access date for the reader\'s browser when the page is built for every reader', () => {
    const built = formatCitation({ ...base, authors: [], accessed: undefined });
    expect(built.endsWith(`(дата обращения: ${ACCESS_DATE_PLACEHOLDER}).`)).toBe(true);
    expect(built.replace(ACCESS_DATE_PLACEHOLDER, accessDate(new Date(2026, 10, 3)))).toMatch(/\(дата обращения: 03\.11\.2026\)\.$/);
  });
});
