/** Which field of a material or case refers to each taxonomy, how often each term is used, and the order terms are listed in. */
const FIELD: Record<string, string> = {
  deficits: 'deficits', subjects: 'subjects', levels: 'levels', audiences: 'audiences', 'material-types': 'type',
};

export function termField(taxonomy: string): string {
  const f = FIELD[taxonomy];
  if (!f) throw new Error(`Not a taxonomy: ${taxonomy}`);
  return f;
}

/** The term rows of a material's page, in order, with their labels: the page and its CMS preview list the same. */
export const MATERIAL_TERM_ROWS = [
  { taxonomy: 'material-types', label: 'Тип' },
  { taxonomy: 'subjects', label: 'Предметы' },
  { taxonomy: 'levels', label: 'Уровни' },
  { taxonomy: 'audiences', label: 'Для кого' },
  { taxonomy: 'deficits', label: 'Дефициты' },
] as const;

/** Terms an entry has in one field (a list or a single value). */
export function termsOf(entry: Record<string, unknown>, field: string): string[] {
  const v = entry[field];
  return Array.isArray(v) ? (v as string[]) : typeof v === 'string' ? [v] : [];
}

/** Counts materials and cases per term of one taxonomy. */
export function termUsage(taxonomy: string, materials: object[], cases: object[]): Map<string, { materials: number; cases: number }> {
  const field = termField(taxonomy);
  const usage = new Map<string, { materials: number; cases: number }>();
  const bump = (slug: string, key: 'materials' | 'cases') => {
    const u = usage.get(slug) ?? { materials: 0, cases: 0 };
    u[key]++;
    usage.set(slug, u);
  };
  for (const m of materials) for (const t of termsOf(m as Record<string, unknown>, field)) bump(t, 'materials');
  for (const c of cases) for (const t of termsOf(c as Record<string, unknown>, field)) bump(t, 'cases');
  return usage;
}

/** The order terms are listed in everywhere (pages, CMS previews): the taxonomy's «Порядок в списках», then the title. */
export function compareTerms(a: { title: string; order?: number }, b: { title: string; order?: number }): number {
  return (a.order ?? 999) - (b.order ?? 999) || a.title.localeCompare(b.title, 'ru');
}
