import { describe, expect, it } from 'vitest';
import { dataJsonCatalogue, indicatorDataUrl, programmeDataUrl, programmeDatasets, type DatasetSource } from '../../src/lib/open-data.ts';

const source: DatasetSource = {
  slug: 'gorod-mms',
  title: 'Программа развития муниципальной методической службы',
  shortTitle: 'Программа ММС',
  organization: 'НМЦ',
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
    expect(indicators).toMatchObject({ id: 'gorod-mms-indicators', title: 'Показатели: Программа ММС', records: 12, demo: true });
    expect(roadmap).toMatchObject({ id: 'gorod-mms-roadmap', title: 'Дорожная карта: Программа ММС', records: 12, demo: false });
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
    expect(first.description).toContain('демонстрационные');
    expect(second.description).not.toContain('демонстрационные');
    expect(first).toMatchObject({ modified: '2026-11-24', temporal: '2022-01-01/2025-12-31', accessLevel: 'public', license: 'https://creativecommons.org/licenses/by/4.0/', landingPage: 'https://portal.example.ru/programmes/gorod-mms/' });
    expect(first.contactPoint?.hasEmail).toBe('mailto:nmc@example.ru');
    expect(dataJsonCatalogue([], { url: 'https://x.ru', publisher: 'НМЦ', modified: '2026-11-24' }).dataset).toEqual([]);
  });
});
