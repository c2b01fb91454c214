/** Roadmap rows with computed status (from term dates and the build date), their filters and status counts. */
import type { z } from 'astro/zod';
import type { roadmapRowSchema } from '../schema/collections.ts';
import type { CsvCell } from './csv.ts';
import { isoDate } from './format.ts';
import { parseRoadmapTerm, type TermKind } from './terms.ts';

export type RoadmapRowData = Omit<z.infer<typeof roadmapRowSchema>, 'status'> & { status?: 'done' | 'cancelled' };
export type RoadmapStatus = 'planned' | 'in_progress' | 'done' | 'overdue' | 'cancelled' | 'undated';

export const ROADMAP_STATUS_LABELS: Record<RoadmapStatus, string> = {
  planned: 'Запланировано',
  in_progress: 'Выполняется',
  done: 'Выполнено',
  // Neutral on purpose: the site knows only that the term has passed and nobody marked the row done, not that anyone failed.
  overdue: 'Срок прошёл',
  cancelled: 'Отменено',
  undated: 'Срок не определён',
};
export const ROADMAP_STATUSES = Object.keys(ROADMAP_STATUS_LABELS) as RoadmapStatus[];
export const ROADMAP_STATUS_SYMBOLS: Record<RoadmapStatus, string> = { planned: '○', in_progress: '▶', done: '✓', overdue: '!', cancelled: '×', undated: '?' };

/** What a computed status means, for the legend under a roadmap: said once, shown wherever the status is. */
export const ROADMAP_STATUS_HINTS: Partial<Record<RoadmapStatus, string>> = {
  overdue: 'срок мероприятия истёк, а отметки о его выполнении или отмене в дорожной карте нет',
  undated: 'срок в документе не указан или записан без дат',
};

export interface RoadmapRow extends RoadmapRowData {
  /** Position in the programme's roadmap, for anchors. */
  index: number;
  start?: Date;
  end?: Date;
  termKind: TermKind | 'explicit';
  /** Calendar years the row covers (empty when the term has no dates). */
  years: number[];
  computedStatus: RoadmapStatus;
}

/** The legend of the statuses a table shows: «Срок прошёл» — …; one line per status that needs words. */
export function roadmapStatusLegend(shown: readonly RoadmapStatus[]): string[] {
  return shown.filter((s) => ROADMAP_STATUS_HINTS[s]).map((s) => `«${ROADMAP_STATUS_LABELS[s]}» — ${ROADMAP_STATUS_HINTS[s]}.`);
}

/** Status of one row: a mark in the content (done, cancelled) wins; otherwise dates against today. */
export function roadmapStatus(row: { status?: 'done' | 'cancelled'; start?: Date; end?: Date }, today: Date): RoadmapStatus {
  if (row.status) return row.status;
  if (!row.start && !row.end) return 'undated';
  if (row.start && today < row.start) return 'planned';
  if (row.end && today > row.end) return 'overdue';
  return 'in_progress';
}

/** Every row of a programme's roadmap with dates (explicit or parsed from the term) and status. */
export function roadmapRows(roadmap: readonly RoadmapRowData[], period: { start: number; end: number }, today: Date): RoadmapRow[] {
  return roadmap.map((row, index) => {
    const parsed = parseRoadmapTerm(row.term, { period });
    const explicit = Boolean(row.start || row.end);
    const start = row.start ?? parsed.start;
    const end = row.end ?? parsed.end;
    const years: number[] = [];
    if (start || end) {
      const from = (start ?? end)!.getUTCFullYear();
      const to = (end ?? start)!.getUTCFullYear();
      for (let y = from; y <= to; y++) years.push(y);
    }
    return { ...row, index, start, end, termKind: explicit ? 'explicit' : parsed.kind, years, computedStatus: roadmapStatus({ status: row.status, start, end }, today) };
  });
}

export interface RoadmapFilter {
  year?: number;
  /** «project:<id>» or «direction:<id>» or «task:<id>». */
  link?: string;
  responsible?: string;
  status?: RoadmapStatus;
}

/** The fields a filter looks at: the page's client script reads them from data attributes, the build from the rows. */
export interface FilterableRow {
  years: readonly number[];
  links: readonly string[];
  responsible?: string;
  status: RoadmapStatus;
}

export function filterableRow(row: RoadmapRow): FilterableRow {
  const links = [row.project && `project:${row.project}`, row.direction && `direction:${row.direction}`, row.task && `task:${row.task}`].filter(Boolean) as string[];
  return { years: row.years, links, responsible: row.responsible, status: row.computedStatus };
}

export function matchesRoadmapFilter(row: FilterableRow, f: RoadmapFilter): boolean {
  if (f.year !== undefined && !row.years.includes(f.year)) return false;
  if (f.link && !row.links.includes(f.link)) return false;
  if (f.responsible && row.responsible !== f.responsible) return false;
  if (f.status && row.status !== f.status) return false;
  return true;
}

export function countRoadmapStatuses(rows: readonly { status: RoadmapStatus }[]): Record<RoadmapStatus, number> {
  const counts = Object.fromEntries(ROADMAP_STATUSES.map((s) => [s, 0])) as Record<RoadmapStatus, number>;
  for (const r of rows) counts[r.status]++;
  return counts;
}

/** Options of the filters: years, responsible parties that occur in the rows. */
export function roadmapFacets(rows: readonly RoadmapRow[]): { years: number[]; responsible: string[] } {
  const years = [...new Set(rows.flatMap((r) => r.years))].sort((a, b) => a - b);
  const responsible = [...new Set(rows.map((r) => r.responsible).filter(Boolean) as string[])].sort((a, b) => a.localeCompare(b, 'ru'));
  return { years, responsible };
}

export const ROADMAP_CSV_HEADER = ['Программа', '№', 'Мероприятие', 'Содержание', 'Срок (как в документе)', 'Начало', 'Окончание', 'Ответственные', 'Планируемый результат', 'Задача', 'Проект', 'Направление', 'Статус'];

type Titled = readonly { id: string; title: string }[];

/**
 * The roadmap download as CSV rows: one row per activity, dates as ГГГГ-ММ-ДД, status as computed for the site, and the
 * task, project and direction by their titles (a spreadsheet reader cannot look up an id such as «t3»), the task with its number.
 */
export function roadmapCsvRows(programme: { slug: string; tasks: Titled; projects: Titled; directions: Titled }, rows: readonly RoadmapRow[]): CsvCell[][] {
  const task = (id?: string) => {
    const k = id ? programme.tasks.findIndex((t) => t.id === id) : -1;
    return k < 0 ? id : `${k + 1}. ${programme.tasks[k].title}`;
  };
  const title = (list: Titled, id?: string) => (id && list.find((x) => x.id === id)?.title) || id;
  return [ROADMAP_CSV_HEADER, ...rows.map((r) => [
    programme.slug, r.index + 1, r.activity, r.content, r.term, r.start && isoDate(r.start), r.end && isoDate(r.end),
    r.responsible, r.result, task(r.task), title(programme.projects, r.project), title(programme.directions, r.direction), ROADMAP_STATUS_LABELS[r.computedStatus],
  ])];
}

/** The roadmap download as JSON: the same fields with Latin keys, as in the content files. */
export function roadmapJson(programme: { slug: string; title: string }, rows: readonly RoadmapRow[], asOf: Date) {
  return {
    programme: programme.slug, title: programme.title, status_as_of: isoDate(asOf),
    roadmap: rows.map((r) => ({
      number: r.index + 1, activity: r.activity, content: r.content ?? null, term: r.term,
      start: r.start ? isoDate(r.start) : null, end: r.end ? isoDate(r.end) : null, responsible: r.responsible ?? null,
      result: r.result ?? null, task: r.task ?? null, project: r.project ?? null, direction: r.direction ?? null,
      status: r.computedStatus, status_label: ROADMAP_STATUS_LABELS[r.computedStatus],
    })),
  };
}
