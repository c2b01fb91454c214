import { describe, expect, it } from 'vitest';
import { abbreviationMatchers, excerptParts, excerptShowsSummary, titleWordCount } from '../../src/lib/search-excerpt.ts';

const text = (parts: { text: string; mark: boolean }[]) => parts.map((p) => p.text).join('');
const marks = (parts: { text: string; mark: boolean }[]) => parts.filter((p) => p.mark).map((p) => p.text);

describe('result excerpts', () => {
  // Eight visible words, then the index-only block (word 8 on).
  const content = 'План работы на учебный год (ИОМа), три шага. сл1 сл2 iomabbr';

  it('never show the index-only words after the anchor, even when the index matched only them', () => {
    const parts = excerptParts(content, [10], 8);
    expect(text(parts)).not.toMatch(/iomabbr|сл1/);
    expect(marks(parts)).toEqual([]);
    expect(text(parts)).toMatch(/^План работы/);
  });

  it('highlight the reader-visible form of a query abbreviation, punctuation left outside the mark', () => {
    const parts = excerptParts(content, [10], 8, abbreviationMatchers('иом', new Set(['ИОМ'])));
    expect(marks(parts)).toEqual(['ИОМа']);
    expect(text(parts)).toContain('(ИОМа),');
  });

  it('keep the text as written (ё) and place the window around the matches', () => {
    const long = `${Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ')} до трёх лет ${Array.from({ length: 40 }, (_, i) => `v${i}`).join(' ')}`;
    const parts = excerptParts(long, [41], undefined, [], 10);
    expect(marks(parts)).toEqual(['трёх']);
    expect(text(parts)).toMatch(/^… .*трёх.* …$/);
    expect(text(parts).split(' ').filter((w) => w !== '…')).toHaveLength(10);
  });
});

describe('excerpts under a result title', () => {
  const title = 'Зимняя школа наставников «Первый год»';
  const record = `${title} Информационно-методический центр, ул. Школьная, 12; два дня практики для наставников. Наставник: ______________ Молодой учитель: ________ ____ Предмет: ……….`;

  it('do not repeat the title the result already shows above them', () => {
    const skip = titleWordCount(record, title);
    expect(skip).toBe(5);
    const parts = excerptParts(record, [2, 14], undefined, [], 24, skip);
    expect(text(parts)).toMatch(/^Информационно-методический центр/);
    expect(marks(parts)).toEqual(['наставников']);
    expect(titleWordCount('Другой текст записи', title)).toBe(0);
  });

  it('show the blanks of a form as one «…» each, not lines of underscores', () => {
    const parts = excerptParts(record, [15], undefined, [], 40, titleWordCount(record, title));
    expect(text(parts)).toContain('Наставник: … Молодой учитель: … Предмет: …');
    expect(text(parts)).not.toContain('__');
    // A window that ends on a blank closes with that one «…».
    expect(text(excerptParts(`${record} дальше`, [15], undefined, [], 12, 5))).toMatch(/Предмет: …$/);
  });
});

describe('excerpt and summary', () => {
  const summary = 'Плановое значение — не менее 60% педагогов имеют разработанные ИОМ. Документ задаёт и второе значение.';
  it('an excerpt that already shows the summary makes the summary line redundant', () => {
    expect(excerptShowsSummary('Плановое значение — не менее 60% педагогов имеют разработанные ИОМ. Документ задаёт …', summary)).toBe(true);
    expect(excerptShowsSummary('… значение — не менее 60% педагогов имеют разработанные ИОМ. Документ задаёт', summary)).toBe(true);
    expect(excerptShowsSummary('Доля. Плановое значение — не', summary)).toBe(false);
    expect(excerptShowsSummary('Наставничество в колледже. Плановое  значение — не менее 60% педагогов имеют разработанные ИОМ. …', summary)).toBe(true);
  });
  it('an excerpt from elsewhere in the text keeps the summary', () => {
    expect(excerptShowsSummary('… ошибки при запуске системы наставничества. Программа …', summary)).toBe(false);
    expect(excerptShowsSummary('Короткий текст', '')).toBe(true);
  });
});
