import { describe, expect, it } from 'vitest';
import { rankRelated } from '../../src/lib/related.ts';

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
