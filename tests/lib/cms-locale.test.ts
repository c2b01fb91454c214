import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { RU_ADDITIONS } from '../../admin/locale-ru-additions.ts';

const require = createRequire(import.meta.url);
const load = (lang: string) => {
  const source = fs.readFileSync(require.resolve(`decap-cms-locales/dist/esm/${lang}/index.js`), 'utf8');
  return new Function(source.replace(/^export default \w+;?\s*$/m, '').replace(/^const (\w+) =/m, 'return'))() as Record<string, unknown>;
};
const keys = (o: unknown, p = ''): string[] => Object.entries(o as object).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${p}${k}.`) : [`${p}${k}`]));
const has = (o: unknown, key: string) => key.split('.').reduce<unknown>((x, k) => (x as Record<string, unknown>)?.[k], o) !== undefined;

describe('Russian CMS interface', () => {
  it('every English string of Decap has a Russian one (its locale plus our additions)', () => {
    const en = load('en');
    const ru = load('ru');
    const missing = keys(en).filter((k) => !has(ru, k) && !has(RU_ADDITIONS, k));
    expect(missing).toEqual([]);
  });
  it('the editorial workflow reads черновик → на проверке → готово к публикации', () => {
    expect(RU_ADDITIONS).toMatchObject({ workflow: { workflowList: { draftHeader: 'Черновик', inReviewHeader: 'На проверке', readyHeader: 'Готово к публикации' } } });
  });
});

describe('CMS messages a methodist reads', () => {
  const ru = RU_ADDITIONS as any;
  const fill = (s: string, v: Record<string, string | number>) => s.replace(/%\{(\w+)\}/g, (_, k) => String(v[k]));
  it('field messages quote the Russian label; list-size messages do not name the list (the list passes its heading word as the label)', () => {
    const w = ru.editor.editorControlPane.widget;
    expect(fill(w.required, { fieldLabel: 'Дата публикации' })).toBe('Заполните поле «Дата публикации».');
    expect(fill(w.range, { fieldLabel: 'Год', minValue: 2000, maxValue: 2100 })).toBe('Поле «Год»: нужно число от 2000 до 2100.');
    for (const k of ['rangeMin', 'rangeMax', 'rangeCount', 'rangeCountExact']) expect(w[k]).not.toContain('%{fieldLabel}');
  });
  it('Decap\'s typos are corrected and deleting warns about references', () => {
    expect(ru.editor.editorWidgets.markdown.bold).toBe('Полужирный');
    expect(ru.editor.editor.onDeletePublishedEntry).toMatch(/ссылаются другие записи.*иначе сайт не соберётся/);
    expect(ru.mediaLibrary.mediaLibrary.onDelete).toMatch(/^Удалить выбранный файл из медиатеки\? Если он прикреплён к какой-нибудь записи, сайт не соберётся/);
  });
});
