/** Instant filtering of the materials catalogue in the browser: fetches the compact index, builds the facet checkboxes, keeps the state in the URL. */
import { decodeCatalogue, type Card, type CatalogueIndex, type CatalogueItem } from '../lib/catalogue-index.ts';
import { filterMaterials, materialFacets, searchFromSelection, selectionFromSearch, toggleValue, type Selection, type SortOrder } from '../lib/facets.ts';
import { countOf, formatDate } from '../lib/format.ts';
import { MATERIAL_FORMS } from '../lib/words.ts';

interface State { selection: Selection; sort: SortOrder }

export async function initCatalogue(root: HTMLElement): Promise<void> {
  const base = root.dataset.catalogue!;
  const pageSize = Number(root.dataset.pageSize) || 30;
  const $ = <T extends Element>(sel: string) => root.querySelector<T>(sel)!;
  const form = $<HTMLFormElement>('[data-facets]');
  const list = $<HTMLUListElement>('[data-results]');
  const status = $<HTMLElement>('[data-status]');
  const sortSelect = $<HTMLSelectElement>('[data-sort]');
  const more = $<HTMLButtonElement>('[data-more]');
  const empty = $<HTMLElement>('[data-empty]');

  let index: CatalogueIndex;
  try {
    const res = await fetch(`${base}index.json`);
    if (!res.ok) return;
    index = await res.json();
  } catch { return; } // The static catalogue keeps working.

  const items = decodeCatalogue(index);
  const params = index.facets.map((f) => f.param);
  const termTitle = new Map(index.facets.map((f) => [f.param, new Map(f.terms)]));
  const chunks = new Map<number, Promise<Card[]>>();
  const chunk = (n: number) => {
    if (!chunks.has(n)) chunks.set(n, fetch(`${base}cards-${n}.json`).then((r) => r.json()));
    return chunks.get(n)!;
  };
  let titleRank: Promise<Int32Array> | undefined;
  const ranks = () => (titleRank ??= fetch(`${base}title-order.json`).then((r) => r.json()).then((order: number[]) => {
    const rank = new Int32Array(order.length);
    order.forEach((item, k) => { rank[item] = k; });
    return rank;
  }));

  const boxes = new Map<string, HTMLInputElement>();
  const countSpans = new Map<string, HTMLSpanElement>();
  for (const f of index.facets) {
    const fs = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = f.label;
    fs.append(legend);
    for (const [value, title] of f.terms) {
      const id = `f-${f.param}-${value}`;
      const label = document.createElement('label');
      label.htmlFor = id;
      const box = document.createElement('input');
      Object.assign(box, { type: 'checkbox', id, name: f.param, value });
      const count = document.createElement('span');
      count.className = 'count';
      label.append(box, ` ${title} `, count);
      fs.append(label);
      boxes.set(`${f.param}=${value}`, box);
      countSpans.set(`${f.param}=${value}`, count);
    }
    form.append(fs);
  }
  $<HTMLElement>('[data-facets-static]').hidden = true;
  form.hidden = false;
  $<HTMLElement>('[data-tools]').hidden = false;

  let state: State = selectionFromSearch(location.search, params);
  let visible = pageSize;
  let renderToken = 0;

  const navigate = (next: State) => {
    state = next;
    visible = pageSize;
    history.pushState(null, '', `${location.pathname}${searchFromSelection(state.selection, state.sort, params)}`);
    void render();
  };

  form.addEventListener('change', (e) => {
    const box = e.target as HTMLInputElement;
    navigate({ ...state, selection: toggleValue(state.selection, box.name, box.value, box.checked) });
  });
  sortSelect.addEventListener('change', () => navigate({ ...state, sort: sortSelect.value === 'title' ? 'title' : 'date' }));
  root.querySelectorAll('[data-clear]').forEach((b) => b.addEventListener('click', () => {
    navigate({ ...state, selection: {} });
    form.querySelector<HTMLInputElement>('input')?.focus();
  }));
  more.addEventListener('click', () => {
    const first = visible;
    visible += pageSize;
    void render().then(() => list.children[first]?.querySelector('a')?.focus());
  });
  window.addEventListener('popstate', () => {
    state = selectionFromSearch(location.search, params);
    visible = pageSize;
    void render();
  });

  function updateFacets(): void {
    const counts = materialFacets(items, state.selection, params);
    for (const [key, box] of boxes) {
      const [param, value] = key.split('=');
      const n = counts.get(param)?.get(value) ?? 0;
      box.checked = state.selection[param]?.includes(value) ?? false;
      box.disabled = n === 0 && !box.checked;
      box.parentElement!.classList.toggle('empty', box.disabled);
      countSpans.get(key)!.textContent = String(n);
    }
    sortSelect.value = state.sort;
  }

  async function render(): Promise<void> {
    const token = ++renderToken;
    root.querySelector('[data-pagination]')?.remove();
    updateFacets();
    let found: CatalogueItem[] = filterMaterials(items, state.selection);
    if (state.sort === 'title') {
      const rank = await ranks();
      found = found.slice().sort((a, b) => rank[a.i] - rank[b.i]);
    }
    const page = found.slice(0, visible);
    const cards = await Promise.all(page.map(async (item) => (await chunk(Math.floor(item.i / index.chunk)))[item.i % index.chunk]));
    if (token !== renderToken) return; // a newer click already took over
    list.replaceChildren(...page.map((item, k) => cardElement(item, cards[k])));
    const chosen = Object.values(state.selection).reduce((n, vs) => n + vs.length, 0);
    status.textContent = chosen ? `Найдено: ${countOf(found.length, MATERIAL_FORMS)}` : countOf(found.length, MATERIAL_FORMS);
    empty.hidden = found.length > 0;
    more.hidden = found.length <= visible;
    root.dataset.rendered = String(token);
    root.dispatchEvent(new CustomEvent('catalogue:rendered'));
  }

  function cardElement(item: CatalogueItem, [slug, title, date, summary]: Card): HTMLLIElement {
    const li = document.createElement('li');
    li.className = 'card';
    const h = document.createElement('h3');
    h.className = 'card-title';
    const a = document.createElement('a');
    a.href = `/materials/${slug}/`;
    a.textContent = title;
    h.append(a);
    const meta = document.createElement('p');
    meta.className = 'card-meta';
    // The first facet is the material type (see materialFacetFields).
    const type = item.values[params[0]]?.[0];
    meta.textContent = [type && termTitle.get(params[0])?.get(type), formatDate(new Date(date))].filter(Boolean).join(' · ');
    const p = document.createElement('p');
    p.className = 'card-summary';
    p.textContent = summary;
    li.append(h, meta, p);
    return li;
  }

  if (location.search) await render();
  else { updateFacets(); root.dataset.rendered = '0'; root.dispatchEvent(new CustomEvent('catalogue:rendered')); }
}
