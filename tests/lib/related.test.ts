import { describe, expect, it } from 'vitest';
import { rankRelated, relatedIndex } from '../../src/lib/related.ts';

const m = (slug: string, deficits: string[], subjects: string[], date = '2024-01-01', extra: { levels?: string[] } = {}) => ({ slug, title: slug, date: new Date(date), deficits, subjects, ...extra });

describe('rankRelated', () => {
  const target = m('t', ['iom', 'mentoring'], ['math'], '2024-01-01', { levels: ['ooo'] });
  const pool = [
    target,
    m('subject-only', [], ['math']),
    m('one-deficit', ['iom'], []),
    m('two-deficits', ['iom', 'mentoring'], []),
    m('deficit-and-subject', ['iom'], ['math']),
    m('unrelated', ['assessment'], ['physics']),
  ];
  it('puts shared deficits before shared subjects, excludes itself and unrelated ones', () => {
    expect(rankRelated(target, pool).map((x) => x.slug)).toEqual(['two-deficits', 'deficit-and-subject', 'one-deficit', 'subject-only']);
  });
  it('breaks ties by level, then by the newer date', () => {
    const tied = [m('old', ['iom'], [], '2020-01-01'), m('new', ['iom'], [], '2025-01-01'), m('same-level', ['iom'], [], '2019-01-01', { levels: ['ooo'] })];
    expect(rankRelated(target, tied).map((x) => x.slug)).toEqual(['same-level', 'new', 'old']);
  });
  it('returns at most the limit', () => {
    expect(rankRelated(target, pool, 2)).toHaveLength(2);
  });
});

describe('relatedIndex', () => {
  // A seeded pseudo-random catalogue with many ties in score, date and title: the index must agree with rankRelated everywhere.
  let seed = 7;
  const rnd = (k: number) => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % k; };
  const pick = (pool: string[], max: number) => [...new Set(Array.from({ length: rnd(max + 1) }, () => pool[rnd(pool.length)]))];
  const items = Array.from({ length: 400 }, (_, i) => ({
    slug: `m${i}`, title: ['Ёлка', 'елка', 'Анкета', 'ИОМ', 'Яблоко'][rnd(5)] + (rnd(3) ? '' : ` ${i}`), date: new Date(Date.UTC(2020 + rnd(3), rnd(2), 1)),
    deficits: pick(['a', 'b', 'c', 'd', 'e', 'f'], 2), subjects: pick(['x', 'y', 'z', 'w'], 2), levels: pick(['noo', 'ooo', 'soo'], 2), audiences: pick(['t', 'm'], 1),
  }));

  it('gives every item the same related list, in the same order, as rankRelated', () => {
    const index = relatedIndex(items);
    for (const item of items) expect(index.get(item.slug)!.map((x) => x.slug)).toEqual(rankRelated(item, items).map((x) => x.slug));
  });
  it('leaves an item with nothing in common without related items', () => {
    const lonely = { slug: 'lonely', title: 'Одинокий', date: new Date(), deficits: ['zzz'], subjects: [], levels: ['ooo'] };
    expect(relatedIndex([...items, lonely]).get('lonely')).toEqual([]);
  });
});
