import { describe, expect, it } from 'vitest';
import { countRoadmapStatuses, filterableRow, matchesRoadmapFilter, roadmapCsvRows, roadmapFacets, roadmapJson, roadmapRows, roadmapStatus, roadmapStatusLegend, ROADMAP_STATUS_LABELS } from '../../src/lib/roadmap.ts';
import { parseCsv, toCsv } from '../../src/lib/csv.ts';

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const today = d('2024-03-15');

describe('roadmapStatus', () => {
  it('computes planned, in progress and overdue from dates and today', () => {
    expect(roadmapStatus({ start: d('2024-09-01'), end: d('2024-12-31') }, today)).toBe('planned');
    expect(roadmapStatus({ start: d('2024-01-01'), end: d('2024-12-31') }, today)).toBe('in_progress');
    expect(roadmapStatus({ start: d('2023-01-01'), end: d('2023-12-31') }, today)).toBe('overdue');
    expect(roadmapStatus({}, today)).toBe('undated');
  });
  it('a mark in the content wins over dates', () => {
    expect(roadmapStatus({ status: 'done', start: d('2023-01-01'), end: d('2023-12-31') }, today)).toBe('done');
    expect(roadmapStatus({ status: 'cancelled', start: d('2025-01-01') }, today)).toBe('cancelled');
  });
});

describe('roadmapRows, filters and counts', () => {
  const rows = roadmapRows([
    { activity: 'А', term: 'Сентябрь 2022-декабрь 2022', project: 'p1', responsible: 'НМЦ', status: 'done' },
    { activity: 'Б', term: 'В течение 2023-2025 годов', project: 'p2', responsible: 'ИМЦ' },
    { activity: 'В', term: 'Апрель 2023', direction: 'd1', responsible: 'НМЦ' },
    { activity: 'Г', term: 'I, II этапы' },
    { activity: 'Д', term: 'странный срок', start: d('2025-02-01'), end: d('2025-03-01') },
  ], { start: 2022, end: 2025 }, today);

  it('dates come from the term or from explicit fields, and give years and statuses', () => {
    expect(rows.map((r) => r.computedStatus)).toEqual(['done', 'in_progress', 'overdue', 'undated', 'planned']);
    expect(rows[1].years).toEqual([2023, 2024, 2025]);
    expect(rows[4].termKind).toBe('explicit');
    expect(rows[3].years).toEqual([]);
  });
  it('filters by year, project/direction, responsible and status; counts follow', () => {
    const f = rows.map(filterableRow);
    const pick = (filter: Parameters<typeof matchesRoadmapFilter>[1]) => f.filter((r) => matchesRoadmapFilter(r, filter));
    expect(pick({ year: 2023 })).toHaveLength(2);
    expect(pick({ link: 'project:p1' })).toHaveLength(1);
    expect(pick({ link: 'direction:d1' })).toHaveLength(1);
    expect(pick({ responsible: 'НМЦ' })).toHaveLength(2);
    expect(pick({ responsible: 'НМЦ', status: 'overdue' })).toHaveLength(1);
    expect(pick({})).toHaveLength(5);
    const counts = countRoadmapStatuses(pick({ year: 2023 }));
    expect(counts).toMatchObject({ in_progress: 1, overdue: 1, done: 0 });
  });
  it('facets list the years and responsible parties that occur', () => {
    expect(roadmapFacets(rows)).toEqual({ years: [2022, 2023, 2024, 2025], responsible: ['ИМЦ', 'НМЦ'] });
  });
});

describe('roadmap downloads', () => {
  const rows = roadmapRows([
    { activity: 'Семинар для наставников', term: 'Сентябрь 2023 – декабрь 2023', responsible: 'Методический центр', task: 't1' },
    { activity: 'Конкурс; «Педагог года»', term: 'ежегодно', status: 'done' },
  ], { start: 2022, end: 2026 }, today);

  it('CSV: a header, one row per activity, parsed dates, the computed status, every column filled or empty', () => {
    const csv = roadmapCsvRows({ slug: 'borodino-mms', tasks: [{ id: 't0', title: 'Первая' }, { id: 't1', title: 'Обучение наставников' }], projects: [], directions: [] }, rows);
    expect(csv[0]).toContain('Статус');
    expect(csv).toHaveLength(3);
    expect(csv.every((r) => r.length === csv[0].length)).toBe(true);
    expect(csv[1]).toEqual(['borodino-mms', 1, 'Семинар для наставников', undefined, 'Сентябрь 2023 – декабрь 2023', '2023-09-01', '2023-12-31', 'Методический центр', undefined, '2. Обучение наставников', undefined, undefined, 'Срок прошёл']);
    expect(csv[2][12]).toBe('Выполнено');
    // Projects and directions by title, not by the ids of the content file.
    const linked = roadmapRows([{ activity: 'А', term: 'Май 2024', project: 'p1', direction: 'd1' }], { start: 2022, end: 2026 }, today);
    expect(roadmapCsvRows({ slug: 'x', tasks: [], projects: [{ id: 'p1', title: 'Наставничество' }], directions: [{ id: 'd1', title: 'Аналитическое' }] }, linked)[1].slice(9, 12))
      .toEqual([undefined, 'Наставничество', 'Аналитическое']);
    // The separator inside a value is quoted by toCsv, so the row keeps its columns.
    expect(parseCsv(toCsv(csv))[2][2]).toBe('Конкурс; «Педагог года»');
  });

  it('JSON: the same rows with Latin keys and the date statuses were computed for', () => {
    const json = roadmapJson({ slug: 'borodino-mms', title: 'Программа' }, rows, today);
    expect(json.status_as_of).toBe('2024-03-15');
    expect(json.roadmap[0]).toMatchObject({ number: 1, start: '2023-09-01', end: '2023-12-31', status: 'overdue', status_label: 'Срок прошёл', content: null });
    expect(json.roadmap[1]).toMatchObject({ number: 2, status: 'done' });
  });
});

describe('roadmap status wording', () => {
  it('a passed term reads neutrally, and its legend says what the site knows: the term passed with no mark of completion', () => {
    expect(ROADMAP_STATUS_LABELS.overdue).toBe('Срок прошёл');
    expect(Object.values(ROADMAP_STATUS_LABELS).join(' ')).not.toMatch(/просроч/i);
    expect(roadmapStatusLegend(['in_progress', 'overdue'])).toEqual(['«Срок прошёл» — срок мероприятия истёк, а отметки о его выполнении или отмене в дорожной карте нет.']);
    expect(roadmapStatusLegend(['done', 'planned'])).toEqual([]);
  });
});
