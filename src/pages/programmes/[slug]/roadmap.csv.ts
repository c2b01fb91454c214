/** CSV of a programme's roadmap, with statuses as of the build date (as on the programme page). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { programmeViews, type ProgrammeView } from '../../../data/programmes.ts';
import { datedPageCacheKey } from '../../../data/site.ts';
import { toCsv } from '../../../lib/csv.ts';
import { roadmapCsvRows } from '../../../lib/roadmap.ts';

export const getStaticPaths = (async () => {
  const cacheKey = await datedPageCacheKey();
  return (await programmeViews()).filter((p) => p.roadmap.length > 0).map((programme) => ({ params: { slug: programme.data.slug }, props: { programme }, cacheKey }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { programme } = props as { programme: ProgrammeView };
  return new Response(toCsv(roadmapCsvRows(programme.data.slug, programme.roadmap)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
