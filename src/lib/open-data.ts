/**
 * Open data of the portal: the datasets each programme publishes (roadmap, indicators), their download addresses, and
 * the machine-readable catalogue of them in the Project Open Data / DCAT-US 1.1 `data.json` form that CKAN and other
 * open-data portals harvest.
 */
import { entryUrl } from './urls.ts';

export type DataFormat = 'csv' | 'json';
export type DatasetKind = 'roadmap' | 'indicators';

export const DATA_MEDIA_TYPES: Record<DataFormat, string> = { csv: 'text/csv', json: 'application/json' };

/** Address of a programme's roadmap or indicator download. */
export function programmeDataUrl(slug: string, kind: DatasetKind, format: DataFormat): string {
  return `${entryUrl('programmes', slug)}${kind}.${format}`;
}

/** Address of one indicator's download. */
export function indicatorDataUrl(slug: string, format: DataFormat): string {
  return `${entryUrl('indicators', slug).replace(/\/$/, '')}.${format}`;
}

/** What the catalogue needs to know about a programme (counted from the same rows the downloads write). */
export interface DatasetSource {
  slug: string;
  title: string;
  shortTitle: string;
  organization: string;
  period: { start: number; end: number };
  /** Rows of the roadmap; 0 means the programme publishes no roadmap download. */
  roadmapRows: number;
  indicators: number;
  /** Rows of the indicator download: one per indicator and year. */
  indicatorRows: number;
  /** Whether the indicator data hold demonstration values. */
  demo: boolean;
}

export interface Dataset {
  /** Stable identifier: `<programme>-<kind>`. */
  id: string;
  kind: DatasetKind;
  title: string;
  description: string;
  programme: { slug: string; title: string; shortTitle: string; organization: string };
  period: { start: number; end: number };
  records: number;
  demo: boolean;
  files: { format: DataFormat; url: string; mediaType: string }[];
}

const files = (slug: string, kind: DatasetKind) =>
  (['csv', 'json'] as const).map((format) => ({ format, url: programmeDataUrl(slug, kind, format), mediaType: DATA_MEDIA_TYPES[format] }));

/** The datasets of one programme: its indicators when it has any, its roadmap when it has one. */
export function programmeDatasets(p: DatasetSource): Dataset[] {
  const programme = { slug: p.slug, title: p.title, shortTitle: p.shortTitle, organization: p.organization };
  const common = { programme, period: p.period };
  const out: Dataset[] = [];
  if (p.indicators > 0) {
    out.push({
      ...common,
      id: `${p.slug}-indicators`,
      kind: 'indicators',
      title: `Показатели: ${p.shortTitle}`,
      description: `Плановые и фактические значения показателей по годам ${p.period.start}–${p.period.end} со статусом достижения. Документ: «${p.title}».`,
      records: p.indicatorRows,
      demo: p.demo,
      files: files(p.slug, 'indicators'),
    });
  }
  if (p.roadmapRows > 0) {
    out.push({
      ...common,
      id: `${p.slug}-roadmap`,
      kind: 'roadmap',
      title: `Дорожная карта: ${p.shortTitle}`,
      description: `Мероприятия дорожной карты: сроки, ответственные, планируемые результаты и статус выполнения на дату обновления сайта. Документ: «${p.title}».`,
      records: p.roadmapRows,
      demo: false,
      files: files(p.slug, 'roadmap'),
    });
  }
  return out;
}

export interface CatalogueSite {
  /** Absolute address of the published site, e.g. https://metodportal.example.ru */
  url: string;
  publisher: string;
  email?: string;
  /** Address of the licence's text. */
  license?: string;
  /** Date of the build, YYYY-MM-DD: the data are as of it (statuses are computed against it). */
  modified: string;
}

/** Project Open Data v1.1 catalogue (`data.json`) of the datasets, with absolute download addresses. */
export function dataJsonCatalogue(datasets: readonly Dataset[], site: CatalogueSite) {
  const absolute = (href: string) => new URL(href, site.url).href;
  return {
    '@context': 'https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld',
    '@type': 'dcat:Catalog',
    conformsTo: 'https://project-open-data.cio.gov/v1.1/schema',
    describedBy: 'https://project-open-data.cio.gov/v1.1/schema/catalog.json',
    dataset: datasets.map((d) => ({
      '@type': 'dcat:Dataset',
      identifier: absolute(`/open-data/#${d.id}`),
      title: d.title,
      description: d.demo ? `${d.description} Часть значений — демонстрационные.` : d.description,
      keyword: [d.kind === 'roadmap' ? 'дорожная карта' : 'показатели', 'программа развития', 'образование'],
      modified: site.modified,
      temporal: `${d.period.start}-01-01/${d.period.end}-12-31`,
      publisher: { '@type': 'org:Organization', name: site.publisher },
      ...(site.email ? { contactPoint: { '@type': 'vcard:Contact', fn: site.publisher, hasEmail: `mailto:${site.email}` } } : {}),
      accessLevel: 'public',
      ...(site.license ? { license: site.license } : {}),
      language: ['ru'],
      landingPage: absolute(entryUrl('programmes', d.programme.slug)),
      distribution: d.files.map((f) => ({
        '@type': 'dcat:Distribution',
        title: `${d.title} (${f.format.toUpperCase()})`,
        downloadURL: absolute(f.url),
        mediaType: f.mediaType,
        format: f.format.toUpperCase(),
      })),
    })),
  };
}
