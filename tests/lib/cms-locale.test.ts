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
