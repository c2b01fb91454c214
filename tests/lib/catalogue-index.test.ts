import { describe, expect, it } from 'vitest';
import { CARD_CHUNK, cardMeta, chunksOf, decodeCatalogue, encodeCatalogue, FIRST_SCREEN, shortSummary, termCode, titleOrder, type Card } from '../../src/lib/catalogue-index.ts';

const facets = [
  { param: 'type', field: 'type', label: 'Тип', terms: [['article', 'Статья'], ['video', 'Видеозапись']] as [string, string][] },
  { param: 'subject', field: 'subjects', label: 'Предметы', terms: [['math', 'Математика'], ['physics', 'Физика']] as [string, string][] },
];

describe('catalogue index', () => {
  it('decodes back to the same facet values, in the same order', () => {
    const entries = [
      { values: { type: ['video'], subject: ['math', 'physics'] }, card: ['a', 'А', '2025-01-01', ''] as [string, string, string, string] },
      { values: { type: ['article'], subject: [] }, card: ['b', 'Б', '2024-01-01', ''] as [string, string, string, string] },
    ];
    const { index, chunks } = encodeCatalogue(entries, facets, 1);
    expect(decodeCatalogue(index)).toEqual([{ i: 0, values: entries[0].values }, { i: 1, values: entries[1].values }]);
    expect(chunks).toEqual([[entries[0].card], [entries[1].card]]);
  });
  it('costs one character per term, so 10 000 materials stay small', () => {
    const entries = Array.from({ length: 10_000 }, (_, i) => ({ values: { type: [i % 2 ? 'video' : 'article'], subject: ['math'] }, card: [`m${i}`, 't', '2024-01-01', ''] as [string, string, string, string] }));
    const { index } = encodeCatalogue(entries, facets);
    expect(index.rows.length).toBe(10_000 * 3 - 1);
  });
  it('refuses a value that is not a term of its facet', () => {
    expect(() => encodeCatalogue([{ values: { type: ['poem'] }, card: ['a', 'А', '', ''] }], facets)).toThrow(/poem/);
  });
  it('term codes are distinct and never a space, quote or backslash', () => {
    const codes = Array.from({ length: 300 }, (_, i) => termCode(i));
    expect(new Set(codes).size).toBe(300);
    expect(codes.some((c) => c === ' ' || c === '"' || c === '\\')).toBe(false);
  });
  it('orders titles by Russian collation', () => {
    expect(titleOrder(['Ёлка', 'Арбуз', 'Яблоко', 'ежик'])).toEqual([1, 3, 0, 2]);
    expect(titleOrder(['«Разговоры о важном»', 'Анализ урока', '"Точка роста"'])).toEqual([1, 0, 2]);
  });
  it('shortens summaries at a word boundary', () => {
    expect(shortSummary('Короткий текст')).toBe('Короткий текст');
    const s = shortSummary('слово '.repeat(60), 40);
    expect(s.length).toBeLessThanOrEqual(41);
    expect(s.endsWith('слово…')).toBe(true);
  });
  it('keeps a summary of the usual two or three sentences whole', () => {
    const summary = 'Пошаговый алгоритм составления индивидуального образовательного маршрута педагога по итогам диагностики: от выбора дефицитов до отчёта о результатах и планирования следующего года работы.';
    expect(summary.length).toBeGreaterThan(160);
    expect(shortSummary(summary)).toBe(summary);
  });
  it('writes the card line as type · date, or the date alone', () => {
    expect(cardMeta('Презентация', '2024-09-01')).toBe('Презентация\u00a0· 1 сентября 2024\u00a0г.');
    expect(cardMeta(undefined, '2024-09-01')).toBe('1 сентября 2024\u00a0г.');
  });
});

describe('cards a page needs', () => {
  it('names each chunk once, in the order the list reaches it', () => {
    expect(chunksOf([{ i: 3 }, { i: 7 }, { i: 12 }, { i: 45 }, { i: 9 }], 10)).toEqual([0, 1, 4]);
    expect(chunksOf([], 10)).toEqual([]);
  });

  it('keeps the first screen within one round of six parallel requests and chunks small', () => {
    expect(FIRST_SCREEN).toBeLessThanOrEqual(6);
    expect(encodeCatalogue(Array.from({ length: 25 }, (_, k) => ({ values: {}, card: [`m${k}`, `M${k}`, '2024-01-01', ''] as Card })), []).chunks.map((c) => c.length)).toEqual([CARD_CHUNK, CARD_CHUNK, 25 - 2 * CARD_CHUNK]);
  });
});
