import { formatDateRange } from './format.ts';

/** Upcoming and past events as of a date: an event is upcoming until its last day (end, or start for one day) has passed. */
export function splitByDate<T extends { start: Date; end?: Date }>(events: readonly T[], today: Date): { upcoming: T[]; past: T[] } {
  const last = (e: T) => (e.end ?? e.start).getTime();
  const upcoming = events.filter((e) => last(e) >= today.getTime()).sort((a, b) => a.start.getTime() - b.start.getTime());
  const past = events.filter((e) => last(e) < today.getTime()).sort((a, b) => b.start.getTime() - a.start.getTime());
  return { upcoming, past };
}

/** The few events a teaser shows (home page): the nearest upcoming first, the latest past ones only to fill the rest, kept apart so a past event never reads as coming. */
export function eventsTeaser<T extends { start: Date; end?: Date }>(events: readonly T[], today: Date, n = 4): { upcoming: T[]; past: T[] } {
  const { upcoming, past } = splitByDate(events, today);
  const ahead = upcoming.slice(0, n);
  return { upcoming: ahead, past: past.slice(0, n - ahead.length) };
}

/** The line under an event's title in any list: «Семинар · 21–22 октября 2026 г.». */
export function eventMeta(kindTitle: string | undefined, start: Date, end?: Date): string {
  return [kindTitle, formatDateRange(start, end)].filter(Boolean).join(' · ');
}
