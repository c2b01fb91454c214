/** JSON of a programme's roadmap, with statuses as of the build date (as on the programme page). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { roadmapDownloadPaths, type ProgrammeView } from '../../../data/programmes.ts';
import { buildDate } from '../../../lib/build-date.ts';
import { roadmapJson } from '../../../lib/roadmap.ts';

export const getStaticPaths = roadmapDownloadPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { programme } = props as { programme: ProgrammeView };
  return new Response(JSON.stringify(roadmapJson(programme.data, programme.roadmap, buildDate()), null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
