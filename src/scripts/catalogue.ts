/** Instant filtering of the materials catalogue in the browser: fetches the compact index, builds the facet checkboxes, keeps the state in the URL. */
import { cardMeta, chunksOf, decodeCatalogue, FIRST_SCREEN, LIST_STEP, type Card, type CatalogueIndex, type CatalogueItem } from '../lib/catalogue-index.ts';
import { filterMaterials, materialFacets, searchFromSelection, selectedCount, selectionFromSearch, toggleValue, type Selection, type SortOrder } from '../lib/facets.ts';
import { countOf } from '../lib/format.ts';
import { MATERIAL_FORMS } from '../lib/words.ts';
import { foldOnNarrow } from './fold-panel.ts';
import { optionCountElement } from './option-count.ts';

interface State { selection: Selection; sort: SortOrder }

/** How long a pointer or focus rests on a facet before its cards are fetched ahead of the click. */
const INTENT_MS = 80;

export async function initCatalogue(root: HTMLElement): Promise<void> {
  const base = root.dataset.catalogue!;
  const pageSize = Number(root.dataset.pageSize) || LIST_STEP;
  const $ = <T extends Element>(sel: string) => root.querySelector<T>(sel)!;
  const form = $<HTMLFormElement>('[data-facets]');
  const list = $<HTMLUListElement>('[data-results]');
  const status = $<HTMLElement>('[data-status]');
  const sortSelect = $<HTMLSelectElement>('[data-sort]');
  const more = $<HTMLButtonElement>('[data-more]');
  const empty = $<HTMLElement>('[data-empty]');
  const clearTool = $<HTMLButtonElement>('[data-tools] [data-clear]');
  // The page as built (e.g. /materials/page/2/): what Back to this address shows again.
  const built = { cards: [...list.children].map((n) => n.cloneNode(true)), status: status.textContent, pagination: root.querySelector('[data-pagination]') };

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
    if (!chunks.has(n)) {
      const p = fetch(`${base}cards-${n}.json`).then((r) => (r.ok ? r.json() as Promise<Card[]> : Promise.reject(new Error(`cards-${n}: ${r.status}`))));
      p.catch(() => chunks.delete(n)); // a failed fetch is tried again next time
      chunks.set(n, p);
    }
    return chunks.get(n)!;
  };
  const cardsOf = (page: CatalogueItem[]) => Promise.all(page.map(async (item) => (await chunk(Math.floor(item.i / index.chunk)))[item.i % index.chunk]));
  let titleRank: Promise<Int32Array> | undefined;
  const ranks = () => (titleRank ??= fetch(`${base}title-order.json`).then((r) => r.json()).then((order: number[]) => {
    const rank = new Int32Array(order.length);
    order.forEach((item, k) => { rank[item] = k; });
    return rank;
  }));

  const boxes = new Map<string, HTMLInputElement>();
  const showCounts = new Map<string, (n: number) => void>();
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
      const count = optionCountElement('count', MATERIAL_FORMS);
      label.append(box, title, count.element);
      fs.append(label);
      boxes.set(`${f.param}=${value}`, box);
      showCounts.set(`${f.param}=${value}`, count.show);
    }
    form.append(fs);
  }
  $<HTMLElement>('[data-facets-static]').hidden = true;
  form.hidden = false;
  // On a phone the facets fold under «Отбор» so the list is on the first screen; «Показать материалы» folds them and
  // goes to the list. On a wide screen the panel stays open beside the list.
  const panel = root.querySelector<HTMLDetailsElement>('[data-facets-panel]');
  const chosenNote = root.querySelector<HTMLElement>('[data-chosen]');
  const showResults = root.querySelector<HTMLButtonElement>('[data-show-results]');
  if (panel) foldOnNarrow(panel, '(max-width: 50rem)');
  if (showResults) {
    showResults.hidden = false;
    showResults.addEventListener('click', () => {
      if (panel) panel.open = false;
      status.setAttribute('tabindex', '-1');
      status.focus();
      status.scrollIntoView({ block: 'start' });
    });
  }
  $<HTMLElement>('[data-tools]').hidden = false;

  let state: State = selectionFromSearch(location.search, params);
  // Without a query the list still shows the page built into the HTML; «Показать ещё» continues from there.
  let visible = location.search ? pageSize : Math.max(pageSize, list.children.length);
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
    // Focus goes on, never to the page's start: to the first facet, or, with the facets folded (phone), to the count.
    if (panel && !panel.open) {
      status.setAttribute('tabindex', '-1');
      status.focus();
    } else form.querySelector<HTMLInputElement>('input')?.focus();
  }));
  more.addEventListener('click', () => {
    const first = visible;
    visible += pageSize;
    void render().then(() => list.children[first]?.querySelector('a')?.focus());
  });
  window.addEventListener('popstate', () => {
    state = selectionFromSearch(location.search, params);
    visible = pageSize;
    if (location.search) void render();
    else showBuilt();
  });

  /** Back to the address without a selection: the list, status and page links this page was built with. */
  function showBuilt(): void {
    const token = ++renderToken;
    updateFacets();
    list.replaceChildren(...built.cards.map((n) => n.cloneNode(true)));
    status.textContent = built.status;
    empty.hidden = true;
    more.hidden = true;
    if (built.pagination && !built.pagination.isConnected) more.after(built.pagination);
    visible = Math.max(pageSize, list.children.length);
    root.dataset.rendered = String(token);
    root.dispatchEvent(new CustomEvent('catalogue:rendered'));
  }

  function updateFacets(): void {
    const counts = materialFacets(items, state.selection, params);
    for (const [key, box] of boxes) {
      const [param, value] = key.split('=');
      const n = counts.get(param)?.get(value) ?? 0;
      box.checked = state.selection[param]?.includes(value) ?? false;
      box.disabled = n === 0 && !box.checked;
      box.parentElement!.classList.toggle('empty', box.disabled);
      showCounts.get(key)!(n);
    }
    sortSelect.value = state.sort;
    const chosen = selectedCount(state.selection);
    if (chosenNote) chosenNote.textContent = chosen ? `(отмечено: ${chosen})` : '';
    // With nothing chosen there is nothing to reset: a button that does nothing would only puzzle.
    clearTool.hidden = chosen === 0;
  }

  function sorted(found: CatalogueItem[], rank: Int32Array | undefined): CatalogueItem[] {
    return rank ? found.slice().sort((a, b) => rank[a.i] - rank[b.i]) : found;
  }

  async function render(): Promise<void> {
    const token = ++renderToken;
    root.querySelector('[data-pagination]')?.remove();
    updateFacets();
    const found = sorted(filterMaterials(items, state.selection), state.sort === 'title' ? await ranks() : undefined);
    const page = found.slice(0, visible);
    // The first screen is drawn as soon as its cards arrive; the rest of the page is fetched meanwhile and follows.
    const first = Math.min(page.length, visible - pageSize + FIRST_SCREEN);
    const headCards = cardsOf(page.slice(0, first)); // requested first, so the first screen's chunks go out first
    const rest = cardsOf(page.slice(first));
    rest.catch(() => undefined);
    const head = await headCards;
    if (token !== renderToken) return; // a newer click already took over
    list.replaceChildren(...page.slice(0, first).map((item, k) => cardElement(item, head[k])));
    const chosen = selectedCount(state.selection);
    status.textContent = chosen ? `Найдено: ${countOf(found.length, MATERIAL_FORMS)}` : countOf(found.length, MATERIAL_FORMS);
    empty.hidden = found.length > 0;
    if (showResults) showResults.textContent = found.length ? `Показать ${countOf(found.length, MATERIAL_FORMS)}` : 'Показать список';
    more.hidden = true;
    root.dispatchEvent(new CustomEvent('catalogue:first-screen'));
    const tail = await rest;
    if (token !== renderToken) return;
    list.append(...page.slice(first).map((item, k) => cardElement(item, tail[k])));
    more.hidden = found.length <= visible;
    root.dataset.rendered = String(token);
    root.dispatchEvent(new CustomEvent('catalogue:rendered'));
  }

  // A pointer resting on a facet, or keyboard focus on it, announces the next click: fetch the cards of that
  // selection's first screen before the click, so the list usually changes without waiting for the network.
  let intent = '';
  const prefetch = (box: HTMLInputElement | null) => {
    if (!box || box.disabled || (state.sort === 'title' && !titleRank)) return;
    const key = `${box.name}=${box.value}:${location.search}`;
    if (key === intent) return;
    intent = key;
    const next = toggleValue(state.selection, box.name, box.value, !box.checked);
    void (state.sort === 'title' ? ranks() : Promise.resolve(undefined)).then((rank) => {
      for (const n of chunksOf(sorted(filterMaterials(items, next), rank).slice(0, FIRST_SCREEN), index.chunk)) chunk(n).catch(() => undefined);
    });
  };
  // Only a pause on one facet counts as intent: a pointer or Tab passing over many facets fetches nothing.
  let pause: ReturnType<typeof setTimeout> | undefined;
  const soon = (e: Event) => {
    clearTimeout(pause);
    const box = (e.target as Element).closest('label')?.querySelector<HTMLInputElement>('input') ?? null;
    pause = setTimeout(() => prefetch(box), INTENT_MS);
  };
  form.addEventListener('pointerover', soon);
  form.addEventListener('focusin', soon);

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
    meta.textContent = cardMeta(type && termTitle.get(params[0])?.get(type), date);
    const p = document.createElement('p');
    p.className = 'card-summary';
    p.textContent = summary;
    li.append(h, meta, p);
    return li;
  }

  if (location.search) await render();
  else { updateFacets(); root.dataset.rendered = '0'; root.dispatchEvent(new CustomEvent('catalogue:rendered')); }
}
