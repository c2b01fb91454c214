import { describe, expect, it } from 'vitest';
import { indexQuery, parseSearchParams, resultsSummary, toSearchParams } from '../../src/lib/search-query.ts';
import { searchFilters } from '../../src/lib/search-records.ts';

describe('search query', () => {
  it('query and filters survive a round trip through the address bar', () => {
    const state = { q: 'наставник', filters: { subject: ['Математика', 'Физика'], year: ['2024'] } };
    const params = toSearchParams(state);
    expect(params.toString()).toBe('q=%D0%BD%D0%B0%D1%81%D1%82%D0%B0%D0%B2%D0%BD%D0%B8%D0%BA&subject=%D0%9C%D0%B0%D1%82%D0%B5%D0%BC%D0%B0%D1%82%D0%B8%D0%BA%D0%B0&subject=%D0%A4%D0%B8%D0%B7%D0%B8%D0%BA%D0%B0&year=2024');
    expect(parseSearchParams(params, ['subject', 'year'])).toEqual(state);
  });

  it('unknown parameters are ignored', () => {
    expect(parseSearchParams(new URLSearchParams('q=+ИОМ+&utm=x&level='), ['level'])).toEqual({ q: 'ИОМ', filters: {} });
  });

  it('ё in a query becomes е, as in the index', () => {
    expect(indexQuery('  учёт   ЁЛОК ')).toBe('учет ЕЛОК');
  });

  it('counts results with Russian plurals and explains an empty result', () => {
    expect(resultsSummary(1, 'x')).toBe('Найден 1\u00a0результат');
    expect(resultsSummary(3, 'x')).toBe('Найдено 3\u00a0результата');
    expect(resultsSummary(5, 'x')).toBe('Найдено 5\u00a0результатов');
    expect(resultsSummary(21, 'x')).toBe('Найден 21\u00a0результат');
    expect(resultsSummary(0, 'абырвалг')).toMatch(/^По запросу «абырвалг» ничего не найдено\. Проверьте написание/);
  });

  it('advises removing filters only when some are chosen', () => {
    expect(resultsSummary(0, 'абырвалг')).not.toMatch(/фильтр/);
    expect(resultsSummary(0, 'абырвалг', 2)).toMatch(/или уберите часть фильтров\.$/);
    expect(resultsSummary(0, '', 1)).toBe('Ничего не найдено: уберите часть фильтров.');
  });

  it('filters come from the schema: section, type, subject, level, deficit and year', () => {
    const keys = searchFilters().map((f) => f.key);
    for (const k of ['section', 'type', 'subject', 'level', 'deficit', 'year']) expect(keys).toContain(k);
    expect(searchFilters().find((f) => f.key === 'subject')!.label).toBe('Предметы');
  });
});

describe('abbreviation tokens', () => {
  it('a known abbreviation in any case becomes its stem-proof token; other words stay', async () => {
    const { abbreviationToken } = await import('../../src/lib/search-tokens.ts');
    const known = new Set(['ИОМ', 'ОО']);
    expect(indexQuery('ИОМ педагога', known)).toBe(`${abbreviationToken('ИОМ')} педагога`);
    expect(indexQuery('иом', known)).toBe(abbreviationToken('ИОМ'));
    expect(indexQuery('оо', known)).toBe(abbreviationToken('ОО'));
    expect(indexQuery('иомы', known)).toBe('иомы');
    expect(abbreviationToken('ФГОС')).toMatch(/^[a-z]+$/);
  });
});

describe('loose matches', () => {
  it('a query answered by its word forms is kept; one matched only by a stray prefix is not', async () => {
    const { answersQuery } = await import('../../src/lib/search-query.ts');
    expect(answersQuery('наставника', ['наставник'])).toBe(true);
    expect(answersQuery('учет', ['Учёта,'])).toBe(true);
    expect(answersQuery('абырвалг', ['а'])).toBe(false);
    expect(answersQuery('учитель абырвалг', ['учителя', 'а'])).toBe(false);
    expect(answersQuery('iomabbr педагога', ['iomabbr', 'педагогов'])).toBe(true);
  });
});
