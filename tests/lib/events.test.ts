import { describe, expect, it } from 'vitest';
import { eventMeta, eventsTeaser, splitByDate } from '../../src/lib/events.ts';

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

describe('eventsTeaser', () => {
  const events = [
    { slug: 'old', start: d('2025-03-01') },
    { slug: 'recent', start: d('2026-10-01') },
    { slug: 'next', start: d('2026-12-01') },
  ];
  it('upcoming first; past ones only fill the rest and stay apart, so none reads as coming', () => {
    expect(eventsTeaser(events, d('2026-11-23'), 2)).toEqual({ upcoming: [events[2]], past: [events[1]] });
    expect(eventsTeaser(events, d('2024-01-01'), 2)).toEqual({ upcoming: [events[0], events[1]], past: [] });
    expect(eventsTeaser(events, d('2027-01-01'), 4).upcoming).toEqual([]);
  });
});

describe('eventMeta', () => {
  it('kind and dates, as every list of events writes them', () => {
    expect(eventMeta('Семинар', d('2026-10-21'), d('2026-10-22'))).toBe('Семинар · 21–22 октября 2026\u00a0г.');
    expect(eventMeta(undefined, d('2026-10-21'))).toBe('21 октября 2026\u00a0г.');
  });
});
