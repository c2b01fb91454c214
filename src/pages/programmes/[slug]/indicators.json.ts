/** JSON of a programme's full indicator set. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { programmeViews, type ProgrammeView } from '../../../data/programmes.ts';
import { indicatorJson } from '../../../lib/indicator-data.ts';

export const getStaticPaths = (async () => (await programmeViews()).map((programme) => ({ params: { slug: programme.data.slug }, props: { programme } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { programme: p } = props as { programme: ProgrammeView };
  const body = { programme: p.data.slug, title: p.data.title, period: p.data.period, indicators: p.indicators.map((i) => indicatorJson(i.data, p.data.period.end)) };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
