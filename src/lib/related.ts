/** Related materials: ranked by shared deficits first, then shared subjects, then levels and audiences. */

export interface RelatedCandidate {
  slug: string;
  title: string;
  date: Date;
  deficits: readonly string[];
  subjects: readonly string[];
  levels?: readonly string[];
  audiences?: readonly string[];
}

/** Weights: a shared deficit matters most (the teacher came with a difficulty), then the subject; level and audience only break ties. */
export const RELATED_WEIGHTS = { deficits: 4, subjects: 2, levels: 0.5, audiences: 0.25 } as const;

function shared(a: readonly string[] = [], b: readonly string[] = []): number {
  const s = new Set(a);
  return b.filter((x) => s.has(x)).length;
}

export function relatedScore(a: RelatedCandidate, b: RelatedCandidate): number {
  return (Object.keys(RELATED_WEIGHTS) as (keyof typeof RELATED_WEIGHTS)[])
    .reduce((sum, k) => sum + RELATED_WEIGHTS[k] * shared(a[k], b[k]), 0);
}

/** The best `limit` other materials sharing at least one deficit or subject; ties go to the newer, then by title. */
export function rankRelated<T extends RelatedCandidate>(target: RelatedCandidate, candidates: readonly T[], limit = 5): T[] {
  return candidates
    .filter((c) => c.slug !== target.slug && shared(target.deficits, c.deficits) + shared(target.subjects, c.subjects) > 0)
    .map((c) => ({ c, score: relatedScore(target, c) }))
    .sort((x, y) => y.score - x.score || y.c.date.getTime() - x.c.date.getTime() || x.c.title.localeCompare(y.c.title, 'ru'))
    .slice(0, limit)
    .map((x) => x.c);
}
