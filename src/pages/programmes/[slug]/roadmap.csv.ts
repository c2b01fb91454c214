/** CSV of a programme's roadmap, with statuses as of the build date (as on the programme page). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { roadmapDownloadPaths, type ProgrammeView } from '../../../data/programmes.ts';
import { toCsv } from '../../../lib/csv.ts';
import { roadmapCsvRows } from '../../../lib/roadmap.ts';

export const getStaticPaths = roadmapDownloadPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { programme } = props as { programme: ProgrammeView };
  return new Response(toCsv(roadmapCsvRows(programme.data, programme.roadmap)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
