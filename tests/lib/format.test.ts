import { describe, expect, it } from 'vitest';
import { attachmentTitle, countOf, optionCount, keepTogether, fileFormat, phraseList, formatDate, formatDateRange, formatFileSize, formatShortDate, plural } from '../../src/lib/format.ts';
import { MATERIAL_FORMS, RESULT_FORMS } from '../../src/lib/words.ts';

describe('Russian formatting', () => {
  it('a filter option\'s count shows the bare number and says it with its word, in the right plural', () => {
    expect([1, 3, 5, 21, 1000].map((n) => optionCount(n, MATERIAL_FORMS))).toEqual([
      { shown: '1', spoken: '1\u00a0материал' }, { shown: '3', spoken: '3\u00a0материала' }, { shown: '5', spoken: '5\u00a0материалов' },
      { shown: '21', spoken: '21\u00a0материал' }, { shown: '1\u00a0000', spoken: '1\u00a0000\u00a0материалов' },
    ]);
  });

  it('dates read as Russians write them', () => {
    expect(formatDate(new Date('2024-09-01'))).toBe('1 сентября 2024\u00a0г.');
    expect(formatShortDate(new Date('2022-01-21'))).toBe('21.01.2022');
  });

  it('the year and «г.» are joined by a non-breaking space, so «г.» never starts a line alone', () => {
    for (const iso of ['2021-01-31', '2025-11-12', '2026-02-16']) expect(formatDate(new Date(iso))).toMatch(/^\d{1,2} [а-я]+ \d{4}\u00a0г\.$/);
  });

  it('a span of days names the shared month and year once', () => {
    const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
    const plain = (s: string) => s.replace(/\u00a0/g, ' ');
    expect(plain(formatDateRange(d('2027-01-27'), d('2027-01-28')))).toBe('27–28 января 2027 г.');
    expect(plain(formatDateRange(d('2026-01-19'), d('2026-02-06')))).toBe('19 января — 6 февраля 2026 г.');
    expect(plain(formatDateRange(d('2025-11-10'), d('2026-02-27')))).toBe('10 ноября 2025 г. — 27 февраля 2026 г.');
    expect(formatDateRange(d('2026-03-26'), d('2026-03-26'))).toBe(formatDate(d('2026-03-26')));
    expect(formatDateRange(d('2026-03-26'))).toBe(formatDate(d('2026-03-26')));
  });

  it('plurals follow Russian rules', () => {
    // The number and the word are joined by a non-breaking space, so «материалов» never starts a line alone.
    expect([1, 2, 5, 11, 21, 22, 25, 111].map((n) => countOf(n, RESULT_FORMS).replace(/\u00a0/g, ' '))).toEqual([
      '1 результат', '2 результата', '5 результатов', '11 результатов', '21 результат', '22 результата', '25 результатов', '111 результатов',
    ]);
    expect(plural(1001, MATERIAL_FORMS)).toBe('материал');
    expect(countOf(10000, MATERIAL_FORMS)).toBe('10\u00a0000\u00a0материалов');
  });

  it('file sizes in Б, КБ, МБ with a decimal comma', () => {
    expect(formatFileSize(512)).toBe('512\u00a0Б');
    expect(formatFileSize(2048)).toBe('2\u00a0КБ');
    expect(formatFileSize(1536)).toBe('1,5\u00a0КБ');
    expect(formatFileSize(1.4 * 1024 * 1024)).toBe('1,4\u00a0МБ');
    expect(formatFileSize(25 * 1024 * 1024)).toBe('25\u00a0МБ');
  });

  it('file format from the extension', () => {
    expect(fileFormat('/uploads/materials/plan.docx')).toBe('DOCX');
    expect(fileFormat('/uploads/x')).toBe('Файл');
  });
  it('runs list phrases into one sentence without a capital after «;», abbreviations kept', () => {
    expect(phraseList(['Контекстные задачи', 'Подготовка к ОГЭ', 'ФГИС «Моя школа» и сервисы', 'Я-концепция'])).toBe('Контекстные задачи; подготовка к ОГЭ; ФГИС «Моя школа» и сервисы; я-концепция');
    expect(phraseList(['Один'])).toBe('Один');
    expect(phraseList([])).toBe('');
  });
  it('drops a closing note of the file\'s own format from an attachment title, since the link says it', () => {
    expect(attachmentTitle('Памятка для кабинета (PDF)', 'PDF')).toBe('Памятка для кабинета');
    expect(attachmentTitle('Шаблон ИОМ, docx', 'DOCX')).toBe('Шаблон ИОМ');
    expect(attachmentTitle('Чек-лист (в формате PDF)', 'PDF')).toBe('Чек-лист');
    expect(attachmentTitle('Чек-лист в формате для печати (PDF)', 'PDF')).toBe('Чек-лист в формате для печати');
    expect(attachmentTitle('Шаблон (DOCX)', 'PDF')).toBe('Шаблон (DOCX)');
    expect(attachmentTitle('PDF', 'PDF')).toBe('PDF');
    expect(attachmentTitle('Как читать PDF-файлы', 'PDF')).toBe('Как читать PDF-файлы');
  });
  it('keeps «№ 7», «§ 2» and initials with the surname together at a line end', () => {
    const nb = '\u00a0';
    expect(keepTogether('МБОУ «Лицей № 7»')).toBe(`МБОУ «Лицей №${nb}7»`);
    expect(keepTogether('Школа №12, § 3')).toBe(`Школа №${nb}12, §${nb}3`);
    expect(keepTogether('Смирнова Е. А., Петров И. И.')).toBe(`Смирнова${nb}Е.${nb}А., Петров${nb}И.${nb}И.`);
    expect(keepTogether('Е. А. Смирнова и коллеги')).toBe(`Е.${nb}А.${nb}Смирнова и коллеги`);
    expect(keepTogether('Задача 5. Решение ученика')).toBe('Задача 5. Решение ученика');
    expect(keepTogether('Функциональная грамотность · 9 материалов')).toBe(`Функциональная грамотность${nb}· 9 материалов`);
  });
  it('keeps a span of years whole: no break after the dash of «2021–2023», and nothing else joined', () => {
    const wj = '\u2060';
    expect(keepTogether('Терский муниципальный район · 2021–2023')).toBe(`Терский муниципальный район\u00a0· 2021–${wj}2023`);
    expect(keepTogether('на 2022–2026 годы')).toBe(`на 2022–${wj}2026 годы`);
    expect(keepTogether('страницы 12–15')).toBe('страницы 12–15');
  });
});
