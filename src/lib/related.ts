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

const FACETS = Object.keys(RELATED_WEIGHTS) as (keyof typeof RELATED_WEIGHTS)[];

/**
 * Related materials of every item at once, in exactly rankRelated's order. Scores accumulate through an inverted index
 * (term → items), so each item touches only the items it shares a term with: 10 000 materials take well under a second,
 * where calling rankRelated per page scans every candidate again.
 */
export function relatedIndex<T extends RelatedCandidate>(items: readonly T[], limit = 5): Map<string, T[]> {
  const n = items.length;
  const postings = new Map<string, number[]>();
  items.forEach((item, i) => {
    for (const facet of FACETS) for (const term of new Set(item[facet] ?? [])) {
      const key = `${facet}\u0000${term}`;
      const list = postings.get(key);
      if (list) list.push(i); else postings.set(key, [i]);
    }
  });
  // Ties go to the newer item, then by title in Russian collation: both become plain numbers compared once.
  const collator = new Intl.Collator('ru');
  const titleRank = new Int32Array(n);
  [...items.keys()].sort((a, b) => collator.compare(items[a].title, items[b].title)).forEach((i, rank) => { titleRank[i] = rank; });
  const time = items.map((item) => item.date.getTime());

  const score = new Float64Array(n);
  const eligible = new Uint8Array(n);
  const result = new Map<string, T[]>();
  for (let i = 0; i < n; i++) {
    const touched: number[] = [];
    for (const facet of FACETS) {
      const weight = RELATED_WEIGHTS[facet];
      const opens = facet === 'deficits' || facet === 'subjects';
      for (const term of new Set(items[i][facet] ?? [])) {
        for (const j of postings.get(`${facet}\u0000${term}`)!) {
          if (j === i) continue;
          if (score[j] === 0 && eligible[j] === 0) touched.push(j);
          score[j] += weight;
          if (opens) eligible[j] = 1;
        }
      }
    }
    // Keep the best `limit` in a small sorted array: better = higher score, then newer, then earlier title.
    const best: number[] = [];
    const better = (a: number, b: number) => score[a] - score[b] || time[a] - time[b] || titleRank[b] - titleRank[a];
    for (const j of touched) {
      if (eligible[j] && (best.length < limit || better(j, best[best.length - 1]) > 0)) {
        let k = Math.min(best.length, limit - 1);
        best[k] = j;
        while (k > 0 && better(best[k], best[k - 1]) > 0) { [best[k], best[k - 1]] = [best[k - 1], best[k]]; k--; }
      }
    }
    result.set(items[i].slug, best.map((j) => items[j]));
    for (const j of touched) { score[j] = 0; eligible[j] = 0; }
  }
  return result;
}
