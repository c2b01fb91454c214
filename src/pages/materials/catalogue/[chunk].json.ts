/** Card chunks (title, date, summary of 50 materials each) and the title order, fetched only when the list needs them. */
import type { GetStaticPaths } from 'astro';
import { catalogue } from '../../../data/catalogue.ts';
import { pageCacheKey } from '../../../data/site.ts';

export const getStaticPaths = (async () => {
  const { chunks, titleOrder } = await catalogue();
  const paths = [
    ...chunks.map((cards, n) => ({ params: { chunk: `cards-${n}` }, props: { body: cards as unknown } })),
    { params: { chunk: 'title-order' }, props: { body: titleOrder as unknown } },
  ];
  // A chunk is exactly its body, so an unchanged body is copied from the incremental cache.
  return Promise.all(paths.map(async (p) => ({ ...p, cacheKey: await pageCacheKey(p.props.body) })));
}) satisfies GetStaticPaths;

export function GET({ props }: { props: { body: unknown } }) {
  return new Response(JSON.stringify(props.body), { headers: { 'content-type': 'application/json' } });
}
