import { describe, expect, it } from 'vitest';
import { indicatorSchema, materialSchema } from '../../src/schema/collections.ts';
import { describeFields, fieldLabel, relationPaths } from '../../src/schema/walk.ts';

describe('schema walker', () => {
  it('reads kinds, labels, requiredness and relations from the schema', () => {
    const fields = describeFields(materialSchema);
    const byName = Object.fromEntries(fields.map((f) => [f.name, f]));
    expect(byName.title).toMatchObject({ kind: 'string', required: true, meta: { title: 'Название' } });
    expect(byName.date).toMatchObject({ kind: 'date', meta: { widget: 'date' } });
    expect(byName.deficits).toMatchObject({ kind: 'list', required: false, meta: { widget: 'relation', collection: 'deficits', filter: 'deficit' } });
    expect(byName.files.fields!.map((f) => f.name)).toEqual(['title', 'path']);
    expect(byName.slug.pattern!.test('iom-2024')).toBe(true);
    expect(byName.slug.pattern!.test('иом')).toBe(false);
  });

  it('finds every relation, including inside lists', () => {
    const paths = relationPaths(materialSchema).map((r) => `${r.path.join('.')}→${r.collection}`);
    expect(paths).toEqual(expect.arrayContaining(['type→material-types', 'deficits.*→deficits', 'subjects.*→subjects']));
  });

  it('names a nested field in words', () => {
    expect(fieldLabel(indicatorSchema, ['actuals', 1, 'value'])).toBe('«Фактические значения» › строка 2 › «Значение»');
  });
});
