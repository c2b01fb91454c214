/** CSV of one indicator: plan, fact and status by year. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { programmeViews, type IndicatorView } from '../../data/programmes.ts';
import { datedPageCacheKey } from '../../data/site.ts';
import { toCsv } from '../../lib/csv.ts';
import { indicatorCsvRows } from '../../lib/indicator-data.ts';

export const getStaticPaths = (async () => {
  const cacheKey = await datedPageCacheKey();
  return (await programmeViews()).flatMap((p) => p.indicators.map((indicator) => ({ params: { slug: indicator.data.slug }, props: { indicator, end: p.data.period.end }, cacheKey })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { indicator, end } = props as { indicator: IndicatorView; end: number };
  return new Response(toCsv(indicatorCsvRows([indicator.data], () => end)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
