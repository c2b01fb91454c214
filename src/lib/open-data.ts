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
export function programmeDataUrl(slug: string, kind: Exclude<DatasetKind, 'materials'>, format: DataFormat): string {
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

type TermTitle = (taxonomy: string, slug: string) => string | undefined;

/** The terms of one taxonomy field of a material, each with its title (the slug when the term is unknown). */
const registerTerms = (m: RegisterMaterial, taxonomy: string, title: TermTitle) =>
  termsOf(m, termField(taxonomy)).map((slug) => ({ slug, title: title(taxonomy, slug) ?? slug }));

/** Absolute address of a material's page. */
const pageAddress = (m: RegisterMaterial, site: string) => new URL(entryUrl('materials', m.slug), site).href;

/** One row per material, terms by their titles; `site` makes page addresses absolute. */
export function materialRegisterRows(list: readonly RegisterMaterial[], title: TermTitle, site: string): CsvCell[][] {
  return [MATERIAL_REGISTER_HEADER, ...list.map((m) => [
    m.title, pageAddress(m, site), ...MATERIAL_TERM_ROWS.map((r) => registerTerms(m, r.taxonomy, title).map((t) => t.title).join(', ')),
    m.authors.join(', '), m.organization, isoDate(m.date), m.updated && isoDate(m.updated), m.files.length, m.demo ? 'да' : 'нет',
  ])];
}

/** The JSON register: the same materials, each term with its slug and title. */
export function materialRegisterJson(list: readonly RegisterMaterial[], title: TermTitle, site: string) {
  return list.map((m) => ({
    slug: m.slug, title: m.title, summary: m.summary, url: pageAddress(m, site),
    ...Object.fromEntries(MATERIAL_TERM_ROWS.map((r) => [termField(r.taxonomy), registerTerms(m, r.taxonomy, title)])),
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
