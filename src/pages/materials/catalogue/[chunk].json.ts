/** Card chunks (title, date, summary of 50 materials each) and the title order, fetched only when the list needs them. */
import type { GetStaticPaths } from 'astro';
import { catalogue } from '../../../data/catalogue.ts';

export const getStaticPaths = (async () => {
  const { chunks, titleOrder } = await catalogue();
  return [
    ...chunks.map((cards, n) => ({ params: { chunk: `cards-${n}` }, props: { body: cards as unknown } })),
    { params: { chunk: 'title-order' }, props: { body: titleOrder as unknown } },
  ];
}) satisfies GetStaticPaths;

export function GET({ props }: { props: { body: unknown } }) {
  return new Response(JSON.stringify(props.body), { headers: { 'content-type': 'application/json' } });
}
