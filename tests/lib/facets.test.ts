import { describe, expect, it } from 'vitest';
import { facetValues, filterMaterials, materialFacets, searchFromSelection, selectedCount, selectionFromSearch, toggleValue, type FacetField } from '../../src/lib/facets.ts';
import { materialFacetFields } from '../../src/lib/facet-fields.ts';

const item = (type: string, subject: string[], level: string[], year = '2024') => ({ values: { type: [type], subject, level, year: [year] } });
const items = [
  item('article', ['math'], ['ooo']),
  item('article', ['physics'], ['soo']),
  item('video', ['math', 'physics'], ['ooo', 'soo'], '2025'),
  item('template', [], ['do'], '2025'),
];
const params = ['type', 'subject', 'level', 'year'];

describe('materialFacetFields', () => {
  it('derives the facets from the schema: type, the filter fields, year', () => {
    const fields = materialFacetFields();
    expect(fields.map((f) => f.param)).toEqual(['type', 'subject', 'level', 'audience', 'deficit', 'year']);
    expect(fields.find((f) => f.param === 'subject')).toMatchObject({ field: 'subjects', label: 'Предметы', collection: 'subjects' });
  });
});

describe('facetValues', () => {
  it('reads terms as lists and the date as its year', () => {
    const fields: FacetField[] = [{ param: 'type', field: 'type', label: 'Тип' }, { param: 'subject', field: 'subjects', label: 'Предметы' }, { param: 'year', field: 'date', label: 'Год' }];
    expect(facetValues({ type: 'video', subjects: ['math'], date: new Date('2023-12-31') }, fields)).toEqual({ type: ['video'], subject: ['math'], year: ['2023'] });
  });
});

describe('filterMaterials', () => {
  it('returns everything when nothing is chosen', () => {
    expect(filterMaterials(items, {})).toHaveLength(4);
  });
  it('is OR within one facet', () => {
    expect(filterMaterials(items, { type: ['video', 'template'] })).toEqual([items[2], items[3]]);
  });
  it('is AND across facets', () => {
    expect(filterMaterials(items, { subject: ['math'], level: ['soo'] })).toEqual([items[2]]);
    expect(filterMaterials(items, { type: ['article'], year: ['2025'] })).toEqual([]);
  });
});

describe('materialFacets', () => {
  it('counts every value over all items when nothing is chosen', () => {
    const c = materialFacets(items, {}, params);
    expect(c.get('subject')).toEqual(new Map([['math', 2], ['physics', 2]]));
    expect(c.get('year')).toEqual(new Map([['2024', 2], ['2025', 2]]));
  });
  it('a facet\'s own choice does not shrink its counts; other facets\' choices do', () => {
    const c = materialFacets(items, { type: ['article'] }, params);
    expect(c.get('type')).toEqual(new Map([['article', 2], ['video', 1], ['template', 1]]));
    expect(c.get('subject')).toEqual(new Map([['math', 1], ['physics', 1]]));
    expect(c.get('year')).toEqual(new Map([['2024', 2]]));
  });
  it('with two facets chosen, each counts what ticking one more value would give', () => {
    const sel = { subject: ['math'], year: ['2025'] };
    const c = materialFacets(items, sel, params);
    expect(c.get('subject')).toEqual(new Map([['math', 1], ['physics', 1]]));
    expect(c.get('year')).toEqual(new Map([['2024', 1], ['2025', 1]]));
    expect(c.get('type')).toEqual(new Map([['video', 1]]));
    expect(filterMaterials(items, toggleValue(sel, 'year', '2024', true))).toHaveLength(2);
  });
});

describe('URL state', () => {
  it('round-trips a selection and sort through the query string in a stable order', () => {
    const s = searchFromSelection({ level: ['soo'], subject: ['physics', 'math'] }, 'title', params);
    expect(s).toBe('?subject=math&subject=physics&level=soo&sort=title');
    expect(selectionFromSearch(s, params)).toEqual({ selection: { subject: ['math', 'physics'], level: ['soo'] }, sort: 'title' });
  });
  it('ignores unknown parameters and defaults to date order', () => {
    expect(selectionFromSearch('?q=iom&subject=&sort=x', params)).toEqual({ selection: {}, sort: 'date' });
    expect(searchFromSelection({}, 'date', params)).toBe('');
  });
  it('toggling removes an emptied facet', () => {
    expect(toggleValue({ type: ['video'] }, 'type', 'video', false)).toEqual({});
    expect(selectedCount({ type: ['video', 'article'], level: ['ooo'] })).toBe(3);
    expect(selectedCount({})).toBe(0);
  });
});
