/** data.json: the machine-readable catalogue of the portal's open datasets (Project Open Data 1.1), for harvesting portals. */
import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { openDatasets } from '../../data/open-data.ts';
import { buildDate } from '../../lib/build-date.ts';
import { isoDate } from '../../lib/format.ts';
import { dataJsonCatalogue } from '../../lib/open-data.ts';

export const GET: APIRoute = async () => {
  const settings = (await getEntry('settings', 'site'))!.data;
  const catalogue = dataJsonCatalogue(await openDatasets(), {
    url: settings.site, publisher: settings.organization, email: settings.contacts.email, license: settings.data_license, modified: isoDate(buildDate()),
  });
  return new Response(JSON.stringify(catalogue, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
