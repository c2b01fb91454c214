/** JSON of one indicator: its description and plan, fact and status by year. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { programmeViews, type IndicatorView } from '../../data/programmes.ts';
import { datedPageCacheKey } from '../../data/site.ts';
import { indicatorJson } from '../../lib/indicator-data.ts';

export const getStaticPaths = (async () => {
  const cacheKey = await datedPageCacheKey();
  return (await programmeViews()).flatMap((p) => p.indicators.map((indicator) => ({ params: { slug: indicator.data.slug }, props: { indicator, end: p.data.period.end }, cacheKey })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { indicator, end } = props as { indicator: IndicatorView; end: number };
  return new Response(JSON.stringify(indicatorJson(indicator.data, end), null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
