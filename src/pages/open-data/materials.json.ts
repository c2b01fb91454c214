/** JSON register of all materials (open data): the CSV's rows with each term's slug and title. */
import type { APIRoute } from 'astro';
import { registerSource } from '../../data/open-data.ts';
import { materialRegisterJson } from '../../lib/open-data.ts';

export const GET: APIRoute = async () => {
  const { list, title, site } = await registerSource();
  return new Response(JSON.stringify({ materials: materialRegisterJson(list, title, site) }), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
