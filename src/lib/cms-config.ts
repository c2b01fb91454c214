/** Builds the Decap CMS config from the content model: one source for the build, the CMS and the tests. */
import type { z } from 'astro/zod';
import { collections as registry, settingsSchema, SETTINGS_FILE, type CollectionDef } from '../schema/collections.ts';
import { describeFields, type FieldInfo } from '../schema/walk.ts';
import { IMAGE_RULE_TEXT, MAX_UPLOAD_BYTES, UPLOAD_RULE_TEXT } from '../schema/media.ts';

/** The production backend block, exactly as Decap reads it (name, repo, branch, base_url, api_root, app_id…). */
export interface CmsBackend {
  name: string;
  [key: string]: unknown;
}

export interface CmsOptions {
  backend: CmsBackend;
  /** Publish mode; by default the editorial workflow wherever the backend supports it. */
  publishMode?: 'simple' | 'editorial_workflow';
  /** URL of decap-server used on localhost (npm start). */
  localBackendUrl?: string;
  /** Public address of the site, for «Открыть на сайте» links. */
  siteUrl?: string;
}

export type CmsField = Record<string, unknown> & { name: string; label: string; widget: string };
export type CmsCollection = Record<string, unknown> & { name: string; label: string };
export type CmsConfig = Record<string, unknown> & { backend: CmsBackend; collections: CmsCollection[] };

/** Backends whose Decap implementation has the editorial workflow (черновик → на проверке → готово). */
export const WORKFLOW_BACKENDS = ['github', 'gitlab', 'forgejo', 'bitbucket', 'azure'] as const;

export const CONTENT_ROOT = 'content';
export const UPLOADS_ROOT = 'public/uploads';
export const DEFAULT_LOCAL_BACKEND_URL = 'http://127.0.0.1:8081/api/v1';

const DATE_FORMAT = 'YYYY-MM-DD';
/** The title of a list item not filled in yet. */
export const NEW_ITEM_TITLE = 'Новая запись';

/** Decap regex rule: the source of the schema's pattern and the schema's own message. */
function patternRule(pattern: RegExp, message: string | undefined): [string, string] {
  return [pattern.source, message ?? 'значение не подходит по формату'];
}

function hint(info: FieldInfo): string | undefined {
  return info.meta.description;
}

/** One schema field as a Decap field. `inOptional` relaxes required flags inside optional objects, so empty optional blocks never block saving. */
export function fieldConfig(info: FieldInfo, inOptional = false): CmsField {
  const base: { name: string; label: string; [key: string]: unknown } = { name: info.name, label: info.meta.title };
  const h = hint(info);
  if (h) base.hint = h;
  const required = info.required && !inOptional;
  if (!required) base.required = false;
  const m = info.meta;

  if (m.widget === 'hidden') return { ...base, widget: 'hidden' } as CmsField;

  if (m.widget === 'relation' && m.collection) {
    const target = registry.find((c) => c.name === m.collection) as CollectionDef | undefined;
    const titleField = target?.titleField ?? 'title';
    const out: Record<string, unknown> = {
      ...base,
      widget: 'relation',
      collection: m.collection,
      value_field: 'slug',
      search_fields: [titleField, 'slug'],
      display_fields: [titleField],
      options_length: 50,
    };
    if (info.kind === 'list') out.multiple = true;
    return out as CmsField;
  }

  if (m.widget === 'file' || m.widget === 'image') {
    const folder = m.mediaFolder ?? 'misc';
    // No `pattern` here: Decap 3.16 flags a freshly uploaded file as not matching any pattern. Formats and size are
    // stated in the hint and enforced in the CMS by admin/upload-guard.ts (src/lib/upload-check.ts) and at build
    // by src/lib/content-validation.ts; max_file_size is Decap's own size check behind ours.
    return {
      ...base,
      widget: m.widget,
      hint: h ?? (m.widget === 'image' ? IMAGE_RULE_TEXT : UPLOAD_RULE_TEXT),
      media_folder: `/${UPLOADS_ROOT}/${folder}`,
      public_folder: `/uploads/${folder}`,
      choose_url: false,
      media_library: { config: { max_file_size: MAX_UPLOAD_BYTES } },
    } as CmsField;
  }

  if (m.widget === 'markdown') return { ...base, widget: 'markdown', buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'], editor_components: [], modes: ['rich_text', 'raw'] } as CmsField;

  if (info.kind === 'date' || m.widget === 'date' || m.widget === 'datetime') {
    // In the methodist's own time zone: with picker_utc Decap writes «UTC» beside every date, and «Сейчас» before 7 a.m.
    // in Krasnoyarsk (UTC+7) puts yesterday's date. A calendar date without time reads the same in any zone.
    return { ...base, widget: 'datetime', format: DATE_FORMAT, date_format: 'DD.MM.YYYY', time_format: false } as CmsField;
  }

  switch (info.kind) {
    case 'enum': {
      const labels = m.options ?? {};
      const out: Record<string, unknown> = { ...base, widget: 'select', options: (info.values ?? []).map((v) => ({ label: labels[v] ?? v, value: v })) };
      if (info.defaultValue !== undefined) out.default = info.defaultValue;
      return out as CmsField;
    }
    case 'boolean':
      return { ...base, widget: 'boolean', default: info.defaultValue ?? false } as CmsField;
    case 'number':
    case 'union': {
      const out: Record<string, unknown> = { ...base, widget: 'number', value_type: info.integer ? 'int' : 'float' };
      if (info.min !== undefined) out.min = info.min;
      if (info.max !== undefined) out.max = info.max;
      return out as CmsField;
    }
    case 'object':
      return { ...base, widget: 'object', collapsed: !info.required, fields: (info.fields ?? []).map((f) => fieldConfig(f, inOptional || !info.required)) } as CmsField;
    case 'list': {
      const item = info.item!;
      const out: Record<string, unknown> = { ...base, widget: 'list' };
      if (item.kind === 'object') {
        out.fields = (item.fields ?? []).map((f) => fieldConfig(f, inOptional));
        out.collapsed = true;
        const summaryField = item.fields?.find((f) => f.kind === 'string' || f.kind === 'number');
        const yearField = item.fields?.find((f) => f.name === 'year');
        if (yearField && item.fields?.some((f) => f.name === 'value')) out.summary = '{{fields.year}}: {{fields.value}}';
        // Decap titles an item whose summary comes out empty (a row just added) «No title» — in English, from the field name.
        else if (summaryField) out.summary = `{{fields.${summaryField.name} | default('${NEW_ITEM_TITLE}')}}`;
      } else {
        out.field = fieldConfig({ ...item, required: true }, inOptional);
        // Without a summary Decap titles every collapsed item with the item's label: «Вопрос», «Вопрос», «Вопрос».
        if (item.kind === 'string') out.summary = `{{fields.${item.name}}}`;
      }
      // Decap writes «Добавить %{label_singular}» and, for one item, «1 %{label_singular}»: with the item's own name that
      // reads «Добавить автор», «Добавить метка» (Russian wants «автора», «метку»). «запись» fits both places and agrees
      // with the heading the list widget writes for other counts («4 записи», admin/widget-labels.ts).
      out.label_singular = 'запись';
      if (info.required && item.kind === 'object') out.min = 1;
      // Without an explicit empty default Decap starts an optional list of objects with one blank item.
      if (Array.isArray(info.defaultValue)) out.default = info.defaultValue;
      return out as CmsField;
    }
    case 'string':
    default: {
      const out: Record<string, unknown> = { ...base, widget: m.widget === 'text' || m.widget === 'slug' ? m.widget : 'string' };
      if (info.pattern) out.pattern = patternRule(info.pattern, info.patternMessage);
      return out as CmsField;
    }
  }
}

function isDateField(f: FieldInfo): boolean {
  return f.kind === 'date' || f.meta.widget === 'date';
}

/** List view: summary line, sorting, filters and groups, so a list of 1,000+ entries stays usable. */
function listView(def: CollectionDef, fields: FieldInfo[]) {
  const title = def.titleField;
  const firstDate = fields.find(isDateField);
  const summary = firstDate ? `{{${title}}} · {{${firstDate.name} | date('DD.MM.YYYY')}}` : `{{${title}}}`;
  const sortable = [title, ...fields.filter(isDateField).map((f) => f.name), 'slug'];
  const filters: Record<string, unknown>[] = [];
  const groups: Record<string, unknown>[] = [];
  for (const f of fields) {
    if (f.kind === 'enum') {
      for (const v of f.values ?? []) filters.push({ label: `${f.meta.title}: ${f.meta.options?.[v] ?? v}`, field: f.name, pattern: `^${v}$` });
      groups.push({ label: f.meta.title, field: f.name });
    } else if (f.kind === 'boolean') {
      filters.push({ label: f.meta.title, field: f.name, pattern: true });
    } else if (f.meta.widget === 'relation' && f.kind === 'string') {
      groups.push({ label: f.meta.title, field: f.name });
    } else if (isDateField(f) && f.required) {
      groups.push({ label: `${f.meta.title}: год`, field: f.name, pattern: '\\d{4}' });
    }
  }
  return {
    summary,
    sortable_fields: sortable,
    ...(filters.length ? { view_filters: filters } : {}),
    ...(groups.length ? { view_groups: groups } : {}),
  };
}

/** One folder collection of the model. */
export function collectionConfig(def: CollectionDef): CmsCollection {
  const fields = describeFields(def.schema as z.ZodObject);
  const cmsFields = fields.map((f) => fieldConfig(f));
  if (def.format === 'md') cmsFields.push({ name: 'body', label: 'Текст', widget: 'markdown', required: false, hint: 'Основной текст страницы. Заголовки — второго и третьего уровня.' } as CmsField);
  const out: CmsCollection = {
    name: def.name,
    label: def.label,
    label_singular: def.labelSingular,
    description: def.description,
    folder: `${CONTENT_ROOT}/${def.name}`,
    create: true,
    delete: true,
    extension: def.format === 'md' ? 'md' : 'yaml',
    format: def.format === 'md' ? 'frontmatter' : 'yaml',
    slug: '{{fields.slug}}',
    identifier_field: def.titleField,
    media_folder: `/${UPLOADS_ROOT}/${def.name}`,
    public_folder: `/uploads/${def.name}`,
    preview_path: `${def.route.replace(/^\//, '')}{{slug}}/`,
    editor: { preview: def.format === 'md' || def.name === 'indicators' },
    ...listView(def, fields),
    fields: cmsFields,
  };
  return out;
}

/** The settings file as a `files` collection «Настройки сайта». */
export function settingsCollection(): CmsCollection {
  return {
    name: 'settings',
    label: 'Настройки сайта',
    description: 'Название службы, контакты и главное меню',
    delete: false,
    editor: { preview: false },
    files: [{
      name: 'site',
      label: 'Настройки сайта',
      file: `${CONTENT_ROOT}/${SETTINGS_FILE}`,
      format: 'yaml',
      fields: describeFields(settingsSchema).map((f) => fieldConfig(f)),
    }],
  };
}

/** The whole Decap config for a backend: collections in the registry's order, then the settings. */
export function buildCmsConfig(options: CmsOptions, defs: readonly CollectionDef[] = registry): CmsConfig {
  const workflow = (WORKFLOW_BACKENDS as readonly string[]).includes(options.backend.name);
  const config: CmsConfig = {
    backend: { branch: 'main', ...options.backend },
    local_backend: { url: options.localBackendUrl ?? DEFAULT_LOCAL_BACKEND_URL, allowed_hosts: ['127.0.0.1', 'localhost'] },
    publish_mode: options.publishMode ?? (workflow ? 'editorial_workflow' : 'simple'),
    locale: 'ru',
    media_folder: UPLOADS_ROOT,
    public_folder: '/uploads',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    search: true,
    collections: [...defs.map(collectionConfig), settingsCollection()],
  };
  if (options.siteUrl) { config.site_url = options.siteUrl; config.display_url = options.siteUrl; }
  return config;
}
