/**
 * Open data of the portal: the datasets it publishes (each programme's roadmap and indicators, the register of
 * materials), their download addresses and rows, and the machine-readable catalogue of them in the Project Open Data /
 * DCAT-US 1.1 `data.json` form that CKAN and other open-data portals harvest.
 */
import type { CsvCell } from './csv.ts';
import { isoDate } from './format.ts';
import { MATERIAL_TERM_ROWS, termField, termsOf } from './taxonomy.ts';
import { entryUrl, listUrl } from './urls.ts';

export type DataFormat = 'csv' | 'json';
export type DatasetKind = 'roadmap' | 'indicators' | 'materials';

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
  /** The page the data come from. */
  landing: { href: string; label: string };
  period?: { start: number; end: number };
  records: number;
  /** Said beside the dataset when some of its values are demonstration data. */
  demoNote?: string;
  files: { format: DataFormat; url: string; mediaType: string }[];
}

const files = (url: (format: DataFormat) => string) =>
  (['csv', 'json'] as const).map((format) => ({ format, url: url(format), mediaType: DATA_MEDIA_TYPES[format] }));

/** The datasets of one programme: its indicators when it has any, its roadmap when it has one. */
export function programmeDatasets(p: DatasetSource): Dataset[] {
  const common = { landing: { href: entryUrl('programmes', p.slug), label: 'страница программы' }, period: p.period };
  const out: Dataset[] = [];
  if (p.indicators > 0) {
    out.push({
      ...common,
      id: `${p.slug}-indicators`,
      kind: 'indicators',
      title: `Показатели: ${p.shortTitle}`,
      description: `Плановые и фактические значения показателей по годам ${p.period.start}–${p.period.end} со статусом достижения. Документ: «${p.title}».`,
      records: p.indicatorRows,
      demoNote: p.demo ? 'есть демонстрационные значения' : undefined,
      files: files((f) => programmeDataUrl(p.slug, 'indicators', f)),
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
      files: files((f) => programmeDataUrl(p.slug, 'roadmap', f)),
    });
  }
  return out;
}

// ---------- the register of materials ----------

export const MATERIALS_DATA_URL: Record<DataFormat, string> = { csv: '/open-data/materials.csv', json: '/open-data/materials.json' };

/** The fields of a material the register publishes (public data only: what its page shows). */
export interface RegisterMaterial {
  slug: string;
  title: string;
  summary: string;
  authors: readonly string[];
  organization?: string;
  date: Date;
  updated?: Date;
  files: readonly unknown[];
  demo: boolean;
  [field: string]: unknown;
}

export const MATERIAL_REGISTER_HEADER = ['Название', 'Адрес страницы', ...MATERIAL_TERM_ROWS.map((r) => r.label), 'Авторы', 'Организация', 'Дата публикации', 'Дата обновления', 'Файлов', 'Демонстрационный'];

/** Term titles of one taxonomy field of a material (the slug when the term is unknown). */
const termTitles = (m: RegisterMaterial, taxonomy: string, title: (taxonomy: string, slug: string) => string | undefined) =>
  termsOf(m, termField(taxonomy)).map((slug) => title(taxonomy, slug) ?? slug);

/** One row per material, terms by their titles; `site` makes page addresses absolute. */
export function materialRegisterRows(list: readonly RegisterMaterial[], title: (taxonomy: string, slug: string) => string | undefined, site: string): CsvCell[][] {
  return [MATERIAL_REGISTER_HEADER, ...list.map((m) => [
    m.title, new URL(entryUrl('materials', m.slug), site).href, ...MATERIAL_TERM_ROWS.map((r) => termTitles(m, r.taxonomy, title).join(', ')),
    m.authors.join(', '), m.organization, isoDate(m.date), m.updated && isoDate(m.updated), m.files.length, m.demo ? 'да' : 'нет',
  ])];
}

/** The JSON register: the same materials, each term with its slug and title. */
export function materialRegisterJson(list: readonly RegisterMaterial[], title: (taxonomy: string, slug: string) => string | undefined, site: string) {
  return list.map((m) => ({
    slug: m.slug, title: m.title, summary: m.summary, url: new URL(entryUrl('materials', m.slug), site).href,
    ...Object.fromEntries(MATERIAL_TERM_ROWS.map((r) => [termField(r.taxonomy), termsOf(m, termField(r.taxonomy)).map((slug) => ({ slug, title: title(r.taxonomy, slug) ?? slug }))])),
    authors: m.authors, organization: m.organization ?? null, date: isoDate(m.date), updated: m.updated ? isoDate(m.updated) : null, files: m.files.length, demo: m.demo,
  }));
}

/** The register of materials as a dataset: its size and the years its materials were published in. */
export function materialsDataset(list: readonly { date: Date; demo: boolean }[]): Dataset | undefined {
  if (list.length === 0) return undefined;
  const years = list.map((m) => m.date.getUTCFullYear());
  return {
    id: 'materials',
    kind: 'materials',
    title: 'Реестр методических материалов',
    description: 'Все материалы портала: название, адрес страницы, тип, предметы, уровни образования, категории педагогов, профессиональные дефициты, авторы, организация, даты публикации и обновления, число файлов.',
    landing: { href: listUrl('materials'), label: 'каталог материалов' },
    period: { start: Math.min(...years), end: Math.max(...years) },
    records: list.length,
    demoNote: list.some((m) => m.demo) ? 'есть демонстрационные материалы' : undefined,
    files: files((f) => MATERIALS_DATA_URL[f]),
  };
}

const KEYWORDS: Record<DatasetKind, string[]> = {
  indicators: ['показатели', 'программа развития', 'образование'],
  roadmap: ['дорожная карта', 'программа развития', 'образование'],
  materials: ['методические материалы', 'реестр', 'образование'],
};

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
      description: d.demoNote ? `${d.description} Примечание: ${d.demoNote}.` : d.description,
      keyword: KEYWORDS[d.kind],
      modified: site.modified,
      ...(d.period ? { temporal: `${d.period.start}-01-01/${d.period.end}-12-31` } : {}),
      publisher: { '@type': 'org:Organization', name: site.publisher },
      ...(site.email ? { contactPoint: { '@type': 'vcard:Contact', fn: site.publisher, hasEmail: `mailto:${site.email}` } } : {}),
      accessLevel: 'public',
      ...(site.license ? { license: site.license } : {}),
      language: ['ru'],
      landingPage: absolute(d.landing.href),
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
