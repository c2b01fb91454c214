/** RSS feed of new materials and events. */
import type { APIRoute } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import { renderRss } from '../lib/feeds.ts';
import { entryUrl } from '../lib/urls.ts';

export const GET: APIRoute = async () => {
  const settings = (await getEntry('settings', 'site'))!.data;
  const materials = (await getCollection('materials')).map((m) => ({
    title: m.data.title, path: entryUrl('materials', m.data.slug), date: m.data.date, summary: m.data.summary, category: 'Материал',
  }));
  const events = (await getCollection('events')).map((e) => ({
    title: e.data.title, path: entryUrl('events', e.data.slug), date: e.data.start, summary: e.data.summary, category: 'Мероприятие',
  }));
  const xml = renderRss(
    { title: settings.name, description: `Новые материалы и мероприятия: ${settings.tagline ?? settings.name}`, site: settings.site, path: '/rss.xml' },
    [...materials, ...events],
  );
  return new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
};
