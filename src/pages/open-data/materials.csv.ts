/** CSV register of all materials (open data). */
import type { APIRoute } from 'astro';
import { registerSource } from '../../data/open-data.ts';
import { toCsv } from '../../lib/csv.ts';
import { materialRegisterRows } from '../../lib/open-data.ts';

export const GET: APIRoute = async () => {
  const { list, title, site } = await registerSource();
  return new Response(toCsv(materialRegisterRows(list, title, site)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
