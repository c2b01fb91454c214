import { describe, expect, it } from 'vitest';
import { dataJsonCatalogue, indicatorDataUrl, MATERIAL_REGISTER_HEADER, materialRegisterJson, materialRegisterRows, materialsDataset, programmeDataUrl, programmeDatasets, type DatasetSource, type RegisterMaterial } from '../../src/lib/open-data.ts';
import { parseCsv, toCsv } from '../../src/lib/csv.ts';

const source: DatasetSource = {
  slug: 'gorod-mms',
  title: 'Программа развития муниципальной методической службы',
  shortTitle: 'Программа ММС',
  period: { start: 2022, end: 2025 },
  roadmapRows: 12,
  indicators: 3,
  indicatorRows: 12,
  demo: true,
};

describe('open data', () => {
  it('gives the download addresses the pages publish', () => {
    expect(programmeDataUrl('gorod-mms', 'roadmap', 'csv')).toBe('/programmes/gorod-mms/roadmap.csv');
    expect(programmeDataUrl('gorod-mms', 'indicators', 'json')).toBe('/programmes/gorod-mms/indicators.json');
    expect(indicatorDataUrl('gorod-mms-1', 'csv')).toBe('/indicators/gorod-mms-1.csv');
  });

  it('lists indicators and roadmap of a programme, with their record counts and both formats', () => {
    const [indicators, roadmap] = programmeDatasets(source);
    expect(indicators).toMatchObject({ id: 'gorod-mms-indicators', title: 'Показатели: Программа ММС', records: 12, demoNote: 'есть демонстрационные значения', landing: { href: '/programmes/gorod-mms/' } });
    expect(roadmap).toMatchObject({ id: 'gorod-mms-roadmap', title: 'Дорожная карта: Программа ММС', records: 12 });
    expect(roadmap.demoNote).toBeUndefined();
    expect(roadmap.files.map((f) => [f.format, f.url])).toEqual([['csv', '/programmes/gorod-mms/roadmap.csv'], ['json', '/programmes/gorod-mms/roadmap.json']]);
  });

  it('leaves out what a programme does not publish', () => {
    expect(programmeDatasets({ ...source, roadmapRows: 0 }).map((d) => d.kind)).toEqual(['indicators']);
    expect(programmeDatasets({ ...source, indicators: 0, indicatorRows: 0 }).map((d) => d.kind)).toEqual(['roadmap']);
    expect(programmeDatasets({ ...source, indicators: 0, indicatorRows: 0, roadmapRows: 0 })).toEqual([]);
  });

  it('writes a data.json catalogue with absolute addresses, licence and the demonstration warning', () => {
    const catalogue = dataJsonCatalogue(programmeDatasets(source), { url: 'https://portal.example.ru', publisher: 'НМЦ', email: 'nmc@example.ru', license: 'https://creativecommons.org/licenses/by/4.0/', modified: '2026-11-24' });
    expect(catalogue.conformsTo).toBe('https://project-open-data.cio.gov/v1.1/schema');
    const [first, second] = catalogue.dataset;
    expect(first.distribution[0]).toMatchObject({ downloadURL: 'https://portal.example.ru/programmes/gorod-mms/indicators.csv', mediaType: 'text/csv', format: 'CSV' });
    expect(first.description).toContain('есть демонстрационные значения');
    expect(second.description).not.toContain('демонстрационн');
    expect(first).toMatchObject({ modified: '2026-11-24', temporal: '2022-01-01/2025-12-31', accessLevel: 'public', license: 'https://creativecommons.org/licenses/by/4.0/', landingPage: 'https://portal.example.ru/programmes/gorod-mms/' });
    expect(first.contactPoint?.hasEmail).toBe('mailto:nmc@example.ru');
    expect(dataJsonCatalogue([], { url: 'https://x.ru', publisher: 'НМЦ', modified: '2026-11-24' }).dataset).toEqual([]);
  });

  describe('materials register', () => {
    const m = (over: Partial<RegisterMaterial>): RegisterMaterial => ({
      slug: 'iom', title: 'ИОМ педагога', summary: 'Как составить маршрут', authors: ['Иванова А. А.', 'Петров Б. Б.'], organization: 'НМЦ',
      date: new Date('2024-09-01'), files: [{}, {}], demo: false, type: 'guide', subjects: ['math', 'gone'], levels: [], audiences: ['teacher'], deficits: [], ...over,
    });
    const titles: Record<string, Record<string, string>> = { 'material-types': { guide: 'Методические рекомендации' }, subjects: { math: 'Математика' }, audiences: { teacher: 'Учитель' } };
    const title = (taxonomy: string, slug: string) => titles[taxonomy]?.[slug];

    it('writes one CSV row per material with term titles, absolute page address, dates and file count', () => {
      const rows = parseCsv(toCsv(materialRegisterRows([m({}), m({ slug: 'b', title: 'Кейс; с точкой с запятой', updated: new Date('2025-01-15'), demo: true, authors: [] })], title, 'https://portal.example.ru')));
      expect(rows[0]).toEqual(MATERIAL_REGISTER_HEADER);
      const row = Object.fromEntries(rows[0].map((h, i) => [h, rows[1][i]]));
      expect(row).toMatchObject({ 'Название': 'ИОМ педагога', 'Адрес страницы': 'https://portal.example.ru/materials/iom/', 'Тип': 'Методические рекомендации', 'Предметы': 'Математика, gone', 'Для кого': 'Учитель', 'Уровни': '', 'Авторы': 'Иванова А. А., Петров Б. Б.', 'Дата публикации': '2024-09-01', 'Дата обновления': '', 'Файлов': '2', 'Демонстрационный': 'нет' });
      expect(rows[2].slice(0, 1)).toEqual(['Кейс; с точкой с запятой']);
      expect(rows[2].at(-1)).toBe('да');
      expect(rows).toHaveLength(3);
    });

    it('gives the JSON register each term with slug and title', () => {
      const [json] = materialRegisterJson([m({})], title, 'https://portal.example.ru');
      expect((json as Record<string, unknown>).subjects).toEqual([{ slug: 'math', title: 'Математика' }, { slug: 'gone', title: 'gone' }]);
      expect(json).toMatchObject({ type: [{ slug: 'guide', title: 'Методические рекомендации' }], url: 'https://portal.example.ru/materials/iom/', updated: null, files: 2 });
    });

    it('describes the register as a dataset with the years of its materials, or leaves it out when there are none', () => {
      const d = materialsDataset([m({ date: new Date('2023-03-01') }), m({ date: new Date('2025-12-31T23:00:00Z'), demo: true })])!;
      expect(d).toMatchObject({ id: 'materials', records: 2, period: { start: 2023, end: 2025 }, demoNote: 'есть демонстрационные материалы', landing: { href: '/materials/' } });
      expect(d.files.map((f) => f.url)).toEqual(['/open-data/materials.csv', '/open-data/materials.json']);
      expect(materialsDataset([])).toBeUndefined();
    });
  });
});
