import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRoadmapTerm } from '../../src/lib/terms.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';

const iso = (d?: Date) => d?.toISOString().slice(0, 10);
const period = { start: 2022, end: 2026 };

describe('parseRoadmapTerm', () => {
  it.each([
    ['Сентябрь 2022-декабрь 2022', 'months', '2022-09-01', '2022-12-31'],
    ['Сентябрь 2022 – декабрь 2022', 'months', '2022-09-01', '2022-12-31'],
    ['ноябрь - декабрь 2026 года', 'months', '2026-11-01', '2026-12-31'],
    ['Апрель 2023', 'month', '2023-04-01', '2023-04-30'],
    ['Февраль 2024', 'month', '2024-02-01', '2024-02-29'],
    ['В течение 2022-2023 учебного года', 'academic-year', '2022-09-01', '2023-08-31'],
    ['В течение 2023–2025 годов', 'years', '2023-01-01', '2025-12-31'],
    ['2023-2026, в течение всего времени', 'years', '2023-01-01', '2026-12-31'],
    ['2024 год', 'year', '2024-01-01', '2024-12-31'],
    ['Ежегодно', 'annual', '2022-01-01', '2026-12-31'],
    ['Ежегодно, декабрь, апрель', 'annual', '2022-01-01', '2026-12-31'],
    ['По плану УМЦ, в течение всего времени', 'whole-period', '2022-01-01', '2026-12-31'],
  ])('«%s» → %s %s…%s', (term, kind, start, end) => {
    const p = parseRoadmapTerm(term, { period });
    expect(p.kind).toBe(kind);
    expect(iso(p.start)).toBe(start);
    expect(iso(p.end)).toBe(end);
  });

  it('«ежегодно» repeats; stages and «не указан» stay unparsed, without dates', () => {
    expect(parseRoadmapTerm('Ежегодно, сентябрь', { period }).recurring).toBe(true);
    for (const t of ['I, II, III этапы', 'III этап', 'Не указан (в таблице нет отметок об этапах)']) {
      const p = parseRoadmapTerm(t, { period });
      expect(p).toEqual({ kind: 'unparsed', recurring: false });
    }
  });

  it('every term in the demo roadmaps is either dated inside its programme period or honestly unparsed', () => {
    const dir = path.resolve('content/programmes');
    let dated = 0;
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.md'))) {
      const { data } = splitFrontmatter(fs.readFileSync(path.join(dir, file), 'utf8'));
      const per = data.period as { start: number; end: number };
      for (const row of (data.roadmap ?? []) as { term: string }[]) {
        const p = parseRoadmapTerm(row.term, { period: per });
        if (p.kind === 'unparsed') {
          expect(row.term, `${file}: «${row.term}»`).toMatch(/этап|не указан/i);
          continue;
        }
        dated++;
        expect(p.start!.getTime(), `${file}: «${row.term}»`).toBeLessThanOrEqual(p.end!.getTime());
        expect(p.start!.getUTCFullYear()).toBeGreaterThanOrEqual(per.start - 1);
        expect(p.end!.getUTCFullYear()).toBeLessThanOrEqual(per.end + 1);
      }
    }
    expect(dated).toBeGreaterThan(40);
  });
});
