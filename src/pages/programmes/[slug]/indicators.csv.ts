/** CSV of a programme's full indicator set. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { programmeViews, type ProgrammeView } from '../../../data/programmes.ts';
import { toCsv } from '../../../lib/csv.ts';
import { indicatorCsvRows } from '../../../lib/indicator-data.ts';

export const getStaticPaths = (async () => (await programmeViews()).map((programme) => ({ params: { slug: programme.data.slug }, props: { programme } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { programme } = props as { programme: ProgrammeView };
  return new Response(toCsv(indicatorCsvRows(programme.indicators.map((i) => i.data), () => programme.data.period.end)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
