/** The date statuses are computed against: the build date, or BUILD_DATE (YYYY-MM-DD) so builds and tests are reproducible. */
export function buildDate(env: Record<string, string | undefined> = process.env): Date {
  const fixed = env.BUILD_DATE;
  if (fixed) {
    const d = new Date(`${fixed}T00:00:00Z`);
    if (Number.isNaN(d.getTime())) throw new Error(`BUILD_DATE «${fixed}» не похоже на дату ГГГГ-ММ-ДД`);
    return d;
  }
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
