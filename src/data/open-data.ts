/** The portal's open datasets (src/lib/open-data.ts) from the content: programmes' downloads and the materials register. */
import { getEntry } from 'astro:content';
import { materialsDataset, programmeDatasets, type Dataset, type RegisterMaterial } from '../lib/open-data.ts';
import { programmeViews } from './programmes.ts';
import { materials, taxonomies, type TaxonomyName } from './site.ts';

/** Every dataset, counted from the rows its downloads write: the materials register first, then each programme's. */
export async function openDatasets(): Promise<Dataset[]> {
  const register = materialsDataset((await materials()).map((m) => m.data));
  const programmes = (await programmeViews()).flatMap((p) => programmeDatasets({
    slug: p.data.slug, title: p.data.title, shortTitle: p.data.short_title, period: p.data.period,
    roadmapRows: p.roadmap.length, indicators: p.indicators.length, indicatorRows: p.indicators.reduce((n, i) => n + i.years.length, 0),
    demo: p.indicators.some((i) => i.hasDemo),
  }));
  return register ? [register, ...programmes] : programmes;
}

/** What the materials register is made from: the materials (newest first), a term-title lookup and the site's address. */
export async function registerSource(): Promise<{ list: RegisterMaterial[]; title: (taxonomy: string, slug: string) => string | undefined; site: string }> {
  const tax = await taxonomies();
  const settings = (await getEntry('settings', 'site'))!.data;
  return {
    list: (await materials()).map((m) => m.data),
    title: (taxonomy, slug) => tax.get(taxonomy as TaxonomyName)?.get(slug)?.title,
    site: settings.site,
  };
}
