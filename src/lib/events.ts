/** Upcoming and past events as of a date: an event is upcoming until its last day (end, or start for one day) has passed. */
export function splitByDate<T extends { start: Date; end?: Date }>(events: readonly T[], today: Date): { upcoming: T[]; past: T[] } {
  const last = (e: T) => (e.end ?? e.start).getTime();
  const upcoming = events.filter((e) => last(e) >= today.getTime()).sort((a, b) => a.start.getTime() - b.start.getTime());
  const past = events.filter((e) => last(e) < today.getTime()).sort((a, b) => b.start.getTime() - a.start.getTime());
  return { upcoming, past };
}
