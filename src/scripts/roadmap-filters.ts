/** Live roadmap filters: shows the rows that match and recounts statuses, with the same matching as the build. */
import { countRoadmapStatuses, matchesRoadmapFilter, type FilterableRow, type RoadmapFilter, type RoadmapStatus } from '../lib/roadmap.ts';
import { countOf } from '../lib/format.ts';
import { ACTIVITY_FORMS } from '../lib/words.ts';

for (const root of document.querySelectorAll<HTMLElement>('[data-roadmap]')) {
  const form = root.querySelector<HTMLFormElement>('[data-roadmap-filters]');
  if (!form) continue;
  const rows = [...root.querySelectorAll<HTMLTableRowElement>('tbody tr')].map((tr) => ({
    tr,
    data: {
      years: (tr.dataset.years ?? '').split(' ').filter(Boolean).map(Number),
      links: (tr.dataset.links ?? '').split(' ').filter(Boolean),
      responsible: tr.dataset.responsible || undefined,
      status: tr.dataset.status as RoadmapStatus,
    } satisfies FilterableRow,
  }));
  const apply = () => {
    const v = new FormData(form);
    const get = (k: string) => (v.get(k) as string | null) || undefined;
    const filter: RoadmapFilter = { year: get('year') ? Number(get('year')) : undefined, link: get('link'), responsible: get('responsible'), status: get('status') as RoadmapStatus | undefined };
    const visible = rows.filter((r) => { const ok = matchesRoadmapFilter(r.data, filter); r.tr.hidden = !ok; return ok; });
    const counts = countRoadmapStatuses(visible.map((r) => r.data));
    root.querySelectorAll<HTMLElement>('[data-count]').forEach((el) => { el.textContent = String(counts[el.dataset.count as RoadmapStatus]); });
    root.querySelector('[data-roadmap-total]')!.textContent = `Показано: ${countOf(visible.length, ACTIVITY_FORMS)} из ${rows.length}`;
  };
  form.hidden = false;
  form.addEventListener('change', apply);
  form.addEventListener('reset', () => setTimeout(apply));
}
