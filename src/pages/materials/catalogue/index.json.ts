/** The compact facet index the catalogue fetches on load. */
import { catalogue } from '../../../data/catalogue.ts';

export async function GET() {
  return new Response(JSON.stringify((await catalogue()).index), { headers: { 'content-type': 'application/json' } });
}
