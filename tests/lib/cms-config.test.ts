import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { decapValidate } from './decap-validate.ts';
import { buildCmsConfig, collectionConfig, fieldConfig, type CmsField } from '../../src/lib/cms-config.ts';
import { describeField } from '../../src/schema/walk.ts';
import { choice, date, filePath, list, longText, markdownBody, meta, relation, relations, slug, text, year } from '../../src/schema/fields.ts';
import { collections } from '../../src/schema/collections.ts';
import { MAX_UPLOAD_BYTES } from '../../src/schema/media.ts';
import { generateConfigText, CONFIG_FILE } from '../../scripts/cms-config.ts';

const field = (name: string, schema: z.ZodType) => fieldConfig(describeField(name, schema));

describe('fieldConfig: every field kind gets its Decap widget, Russian label and rule', () => {
  it('text, long text and markdown', () => {
    expect(field('title', text('Название', 'Подсказка'))).toEqual({ name: 'title', label: 'Название', hint: 'Подсказка', widget: 'string' });
    expect(field('summary', longText('Описание').optional())).toMatchObject({ widget: 'text', required: false });
    expect(field('body', markdownBody())).toMatchObject({ widget: 'markdown', label: 'Текст' });
  });
  it('a slug carries the build pattern and its Russian message', () => {
    const f = field('slug', slug());
    expect(f.pattern).toEqual(['^[a-z0-9]+(?:-[a-z0-9]+)*$', expect.stringMatching(/латинских букв/)]);
    expect(new RegExp((f.pattern as string[])[0]).test('Памятка')).toBe(false);
    // The project's slug widget (admin/slug-widget.ts) refuses, in a new entry, an address the collection already has.
    expect(f.widget).toBe('slug');
  });
  it('dates are stored as YYYY-MM-DD without time', () => {
    expect(field('date', date('Дата'))).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
  });
  it('dates are picked in the methodist\'s time zone: no «UTC» beside them, and «Сейчас» gives today\'s local date', () => {
    expect(field('date', date('Дата'))).not.toHaveProperty('picker_utc');
  });
  it('years are whole numbers within the schema bounds', () => {
    expect(field('year', year('Год'))).toMatchObject({ widget: 'number', value_type: 'int', min: 2000, max: 2100 });
  });
  it('enumerations become selects with Russian option labels and the default', () => {
    expect(field('format', choice('Формат', { offline: 'Очно', online: 'Дистанционно' }).default('offline'))).toMatchObject({
      widget: 'select', required: false, default: 'offline', options: [{ label: 'Очно', value: 'offline' }, { label: 'Дистанционно', value: 'online' }],
    });
  });
  it('relations search by title and store the slug; lists of relations are multiple', () => {
    expect(field('type', relation('material-types', 'Тип'))).toMatchObject({ widget: 'relation', collection: 'material-types', value_field: 'slug', search_fields: ['title', 'slug'], display_fields: ['title'] });
    expect(field('deficits', relations('deficits', 'Дефициты').default([]))).toMatchObject({ widget: 'relation', multiple: true, required: false });
    expect(field('mentor', relation('mentors', 'Наставник'))).toMatchObject({ display_fields: ['name'] });
  });
  it('lists of strings use a single field; lists of objects list their fields and start empty', () => {
    expect(field('authors', list(text('Автор'), 'Авторы').default([]))).toMatchObject({ widget: 'list', field: { widget: 'string', label: 'Автор' }, label_singular: 'запись', default: [] });
    const rows = field('targets', list(z.object({ year: year('Год'), value: meta(z.number(), { title: 'Значение' }) }), 'Плановые значения').default([]));
    expect(rows).toMatchObject({ widget: 'list', summary: '{{fields.year}}: {{fields.value}}', default: [], label_singular: 'запись' });
    expect((rows.fields as CmsField[]).map((f) => f.name)).toEqual(['year', 'value']);
  });
  it('a collapsed item of a list of texts is titled by its text, not by the item label («Вопрос», «Вопрос», …)', () => {
    expect(field('questions', list(text('Вопрос'), 'Вопросы').default([]))).toMatchObject({ summary: '{{fields.questions}}', field: { name: 'questions' } });
  });
  it('a list item not filled in yet is titled «Новая запись», not Decap\'s «No title»', () => {
    expect(field('files', list(z.object({ title: text('Название файла'), path: text('Файл') }), 'Файлы').default([]))).toMatchObject({ summary: "{{fields.title | default('Новая запись')}}" });
  });
  it('fields inside an optional object never block saving when the object is left empty', () => {
    const f = field('baseline', meta(z.object({ year: year('Год'), value: meta(z.number(), { title: 'Значение' }) }), { title: 'Базовое значение' }).optional());
    expect(f).toMatchObject({ widget: 'object', required: false, collapsed: true });
    expect((f.fields as CmsField[]).every((x) => x.required === false)).toBe(true);
  });
  it('attachments upload into public/uploads/<collection> with the size limit', () => {
    expect(field('path', filePath('Файл', 'materials'))).toMatchObject({
      widget: 'file', media_folder: '/public/uploads/materials', public_folder: '/uploads/materials', media_library: { config: { max_file_size: MAX_UPLOAD_BYTES } },
    });
  });
  it('booleans default to false', () => {
    expect(field('demo', meta(z.boolean().default(false), { title: 'Демо' }))).toMatchObject({ widget: 'boolean', default: false, required: false });
  });
});

describe('collections', () => {
  it('every collection writes Latin file names from the slug field into content/<name>/', () => {
    for (const def of collections) {
      const c = collectionConfig(def);
      expect(c).toMatchObject({ folder: `content/${def.name}`, slug: '{{fields.slug}}', identifier_field: def.titleField, media_folder: `/public/uploads/${def.name}` });
      expect(c.extension).toBe(def.format === 'md' ? 'md' : 'yaml');
    }
  });
  it('the materials list sorts by date, groups by type and year and filters demo entries', () => {
    const c = collectionConfig(collections.find((d) => d.name === 'materials')!);
    expect(c.sortable_fields).toContain('date');
    expect((c.view_groups as { field: string }[]).map((g) => g.field)).toEqual(expect.arrayContaining(['type', 'date']));
    expect(c.view_filters).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'demo', pattern: true })]));
    expect(c.summary).toMatch(/\{\{title\}\}/);
  });
  it('site settings are a files collection «Настройки сайта»', () => {
    const config = buildCmsConfig({ backend: { name: 'github', repo: 'a/b' } });
    expect(config.collections.at(-1)).toMatchObject({ label: 'Настройки сайта', files: [{ file: 'content/settings.yaml' }] });
  });
});

describe('backends and Decap validation', () => {
  for (const file of fs.readdirSync('admin/backends')) {
    it(`the documented ${file} backend gives a config Decap accepts`, () => {
      const config = parseConfig(generateConfigText('.', `admin/backends/${file}`));
      expect(() => decapValidate(config)).not.toThrow();
      expect(config.publish_mode).toBe(file.startsWith('gitea') ? 'simple' : 'editorial_workflow');
      expect(config.local_backend).toMatchObject({ url: 'http://127.0.0.1:8081/api/v1' });
    });
  }
  it('Decap rejects a broken config (the validation is real)', () => {
    const config = buildCmsConfig({ backend: { name: 'github', repo: 'a/b' } });
    (config.collections[0].fields as CmsField[])[3] = { name: 'type', label: 'Тип', widget: 'relation', collection: 'material-types' } as CmsField;
    expect(() => decapValidate(config)).toThrow(/value_field|search_fields|must/);
  });
});

describe('drift', () => {
  it(`${CONFIG_FILE} is what \`npm run cms:config\` generates from the schema now (run it after changing the schema)`, () => {
    expect(fs.readFileSync(path.resolve(CONFIG_FILE), 'utf8')).toBe(generateConfigText('.'));
  });
  it(`${CONFIG_FILE} passes Decap's own validation`, () => {
    expect(() => decapValidate(parseConfig(fs.readFileSync(CONFIG_FILE, 'utf8')))).not.toThrow();
  });
});

import { parse } from 'yaml';
function parseConfig(text: string) { return parse(text); }
