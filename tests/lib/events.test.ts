import { describe, expect, it } from 'vitest';
import { splitByDate } from '../../src/lib/events.ts';

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe('splitByDate', () => {
  it('upcoming soonest first, past latest first; an event running today or ending today is upcoming', () => {
    const events = [
      { slug: 'old', start: d('2025-03-01') },
      { slug: 'running', start: d('2026-11-20'), end: d('2026-11-25') },
      { slug: 'today', start: d('2026-11-23') },
      { slug: 'later', start: d('2027-02-01') },
      { slug: 'recent', start: d('2026-10-01'), end: d('2026-10-02') },
    ];
    const { upcoming, past } = splitByDate(events, d('2026-11-23'));
    expect(upcoming.map((e) => e.slug)).toEqual(['running', 'today', 'later']);
    expect(past.map((e) => e.slug)).toEqual(['recent', 'old']);
  });
});
