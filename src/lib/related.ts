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

/** Number of distinct terms two lists share. */
function shared(a: readonly string[] = [], b: readonly string[] = []): number {
  const s = new Set(a);
  return [...new Set(b)].filter((x) => s.has(x)).length;
}

function relatedScore(a: RelatedCandidate, b: RelatedCandidate): number {
  return (Object.keys(RELATED_WEIGHTS) as (keyof typeof RELATED_WEIGHTS)[])
    .reduce((sum, k) => sum + RELATED_WEIGHTS[k] * shared(a[k], b[k]), 0);
}

/**
 * The best `limit` other materials sharing at least one deficit or subject; ties go to the newer, then by title.
 * The one-target definition of the ranking: pages use relatedIndex, and the tests hold the two equal.
 */
export function rankRelated<T extends RelatedCandidate>(target: RelatedCandidate, candidates: readonly T[], limit = 5): T[] {
  return candidates
    .filter((c) => c.slug !== target.slug && shared(target.deficits, c.deficits) + shared(target.subjects, c.subjects) > 0)
    .map((c) => ({ c, score: relatedScore(target, c) }))
    .sort((x, y) => y.score - x.score || y.c.date.getTime() - x.c.date.getTime() || x.c.title.localeCompare(y.c.title, 'ru'))
    .slice(0, limit)
    .map((x) => x.c);
}

/**
 * Related materials of every item at once, in exactly rankRelated's order, without comparing every pair.
 * Items with the same deficits and subjects form a group; a target's score against a group's items differs only by shared
 * levels and audiences, which weigh at most `extra`. Groups are scored through an inverted index (term → groups) and visited
 * from the highest score down, stopping once the fifth best can no longer be beaten: 10 000 materials take a fraction of a
 * second, 100 000 a few seconds, where calling rankRelated per page costs minutes.
 */
export function relatedIndex<T extends RelatedCandidate>(items: readonly T[], limit = 5): Map<string, T[]> {
  const n = items.length;
  const distinct = (list: readonly string[] | undefined) => [...new Set(list ?? [])].sort();
  // Ties go to the newer item, then by title in Russian collation: both become plain numbers compared once.
  const collator = new Intl.Collator('ru');
  const titleRank = new Int32Array(n);
  [...items.keys()].sort((a, b) => collator.compare(items[a].title, items[b].title)).forEach((i, rank) => { titleRank[i] = rank; });
  const time = items.map((item) => item.date.getTime());

  // Groups by (deficits, subjects) and the inverted index term → groups.
  const groupOf = new Map<string, number>();
  const members: number[][] = [];
  const groupTerms: { deficits: string[]; subjects: string[] }[] = [];
  const postings = new Map<string, number[]>();
  items.forEach((item, i) => {
    const deficits = distinct(item.deficits);
    const subjects = distinct(item.subjects);
    const key = `${deficits.join('\u0001')}\u0000${subjects.join('\u0001')}`;
    let g = groupOf.get(key);
    if (g === undefined) {
      g = members.length;
      groupOf.set(key, g);
      members.push([]);
      groupTerms.push({ deficits, subjects });
      for (const d of deficits) (postings.get(`d\u0000${d}`) ?? postings.set(`d\u0000${d}`, []).get(`d\u0000${d}`)!).push(g);
      for (const x of subjects) (postings.get(`s\u0000${x}`) ?? postings.set(`s\u0000${x}`, []).get(`s\u0000${x}`)!).push(g);
    }
    members[g].push(i);
  });
  // Levels and audiences as small integers, so the inner loop compares numbers, not strings.
  const termIds = new Map<string, number>();
  const ids = (list: readonly string[] | undefined) => distinct(list).map((t) => termIds.get(t) ?? termIds.set(t, termIds.size).get(t)!);
  const levels = items.map((item) => ids(item.levels));
  const audiences = items.map((item) => ids(item.audiences));
  const myLevels = new Uint8Array(termIds.size);
  const myAudiences = new Uint8Array(termIds.size);

  const primary = new Float64Array(members.length);
  const buckets: number[][] = [];
  const result = new Map<string, T[]>();
  const better = (a: { j: number; score: number }, b: { j: number; score: number }) =>
    a.score - b.score || time[a.j] - time[b.j] || titleRank[b.j] - titleRank[a.j];
  // Items of one group share their deficits and subjects, so they share the groups' primary scores and their order:
  // both are computed once per group, and only the level and audience scan runs per item.
  for (let own = 0; own < members.length; own++) {
    const touched: number[] = [];
    const { deficits, subjects } = groupTerms[own];
    for (const [prefix, terms, weight] of [['d', deficits, RELATED_WEIGHTS.deficits], ['s', subjects, RELATED_WEIGHTS.subjects]] as const) {
      for (const term of terms) for (const g of postings.get(`${prefix}\u0000${term}`)!) {
        if (primary[g] === 0) touched.push(g);
        primary[g] += weight;
      }
    }
    // Visit groups from the highest score down: scores are sums of a few weights, so bucket them instead of sorting.
    let top = 0;
    for (const g of touched) {
      const k = primary[g] * 4; // weights are multiples of 1/4
      (buckets[k] ??= []).push(g);
      if (k > top) top = k;
    }
    const order: number[] = [];
    for (let k = top; k > 0; k--) if (buckets[k]?.length) { order.push(...buckets[k]); buckets[k].length = 0; }
    for (const i of members[own]) {
      for (const l of levels[i]) myLevels[l] = 1;
      for (const a of audiences[i]) myAudiences[a] = 1;
      const extra = RELATED_WEIGHTS.levels * levels[i].length + RELATED_WEIGHTS.audiences * audiences[i].length;
      const best: { j: number; score: number }[] = [];
      for (const g of order) {
        if (best.length === limit && best[limit - 1].score > primary[g] + extra) break;
        for (const j of members[g]) {
          if (j === i) continue;
          let score = primary[g];
          for (const l of levels[j]) score += RELATED_WEIGHTS.levels * myLevels[l];
          for (const a of audiences[j]) score += RELATED_WEIGHTS.audiences * myAudiences[a];
          const candidate = { j, score };
          if (best.length < limit || better(candidate, best[best.length - 1]) > 0) {
            let k = Math.min(best.length, limit - 1);
            best[k] = candidate;
            while (k > 0 && better(best[k], best[k - 1]) > 0) { [best[k], best[k - 1]] = [best[k - 1], best[k]]; k--; }
          }
        }
      }
      for (const l of levels[i]) myLevels[l] = 0;
      for (const a of audiences[i]) myAudiences[a] = 0;
      result.set(items[i].slug, best.map((b) => items[b.j]));
    }
    for (const g of touched) primary[g] = 0;
  }
  return result;
}
