import { describe, expect, it } from 'vitest';
import { buildDate } from '../../src/lib/build-date.ts';

describe('buildDate', () => {
  it('BUILD_DATE fixes the date statuses are computed against; otherwise today at midnight UTC', () => {
    expect(buildDate({ BUILD_DATE: '2024-03-15' }).toISOString()).toBe('2024-03-15T00:00:00.000Z');
    expect(buildDate({}).getUTCHours()).toBe(0);
    expect(() => buildDate({ BUILD_DATE: 'вчера' })).toThrow(/ГГГГ-ММ-ДД/);
  });
});
