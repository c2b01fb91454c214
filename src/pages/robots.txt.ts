/** robots.txt pointing to the sitemap at the address from content/settings.yaml. */
import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { renderRobots } from '../lib/feeds.ts';

export const GET: APIRoute = async () => {
  const settings = (await getEntry('settings', 'site'))!.data;
  return new Response(renderRobots(settings.site), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
