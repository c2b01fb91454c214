/** The /search/ page: results as you type, filters with counts, query and filters kept in the address bar. */
import { parseSearchParams, resultsSummary, toSearchParams, type SearchState } from '../lib/search-query.ts';
import { loadPagefind, NO_INDEX_MESSAGE, resultItem, runSearch, suggestionFor, suggestionLine } from './search-client.ts';
import { foldOnNarrow } from './fold-panel.ts';
import { optionCountElement } from './option-count.ts';
import { RESULT_FORMS } from '../lib/words.ts';

const PAGE = 10;

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const filterBox = document.querySelector<HTMLElement>('#search-filters')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;
const defs = JSON.parse(filterBox.dataset.filters ?? '[]') as { key: string; label: string }[];
const keys = defs.map((d) => d.key);
const filterPanel = document.querySelector<HTMLDetailsElement>('[data-filter-panel]');
const chosenNote = document.querySelector<HTMLElement>('[data-filter-chosen]');
if (filterPanel) foldOnNarrow(filterPanel, '(max-width: 51.99rem)');

let state: SearchState = parseSearchParams(new URLSearchParams(location.search), keys);
input.value = state.q;
let seq = 0;
let shown: (() => Promise<void>) | undefined;

function writeUrl() {
  const params = toSearchParams(state).toString();
  history.replaceState(null, '', params ? `?${params}` : location.pathname);
}

function renderFilters(counts: Record<string, Record<string, number>>) {
  const groups = defs.map(({ key, label }) => {
    const values = new Map(Object.entries(counts[key] ?? {}));
    for (const v of state.filters[key] ?? []) if (!values.has(v)) values.set(v, 0);
    const entries = [...values].filter(([v, n]) => n > 0 || state.filters[key]?.includes(v))
      .sort((a, b) => (key === 'year' ? b[0].localeCompare(a[0]) : b[1] - a[1] || a[0].localeCompare(b[0], 'ru')));
    if (entries.length === 0) return null;
    const fieldset = document.createElement('fieldset');
    fieldset.className = 'search-filter';
    const legend = document.createElement('legend');
    legend.textContent = label;
    fieldset.append(legend);
    for (const [value, n] of entries) {
      const labelEl = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = key;
      box.value = value;
      box.checked = state.filters[key]?.includes(value) ?? false;
      const count = optionCountElement('search-filter-count', RESULT_FORMS, { brackets: true });
      count.show(n);
      labelEl.append(box, ` ${value} `, count.element);
      fieldset.append(labelEl);
    }
    return fieldset;
  }).filter((x): x is HTMLFieldSetElement => x !== null);
  const focused = document.activeElement instanceof HTMLInputElement && filterBox.contains(document.activeElement)
    ? { name: document.activeElement.name, value: document.activeElement.value } : undefined;
  filterBox.replaceChildren(...groups);
  if (filterPanel) filterPanel.hidden = groups.length === 0;
  const chosen = filterBox.querySelectorAll('input:checked').length;
  if (chosenNote) chosenNote.textContent = chosen ? `(отмечено: ${chosen})` : '';
  if (focused) filterBox.querySelector<HTMLInputElement>(`input[name="${CSS.escape(focused.name)}"][value="${CSS.escape(focused.value)}"]`)?.focus();
}

async function update(debounced: boolean) {
  const mine = ++seq;
  const pf = await loadPagefind();
  if (mine !== seq) return;
  if (!pf) { status.textContent = NO_INDEX_MESSAGE; return; }
  const totals = await pf.filters(); // loads the filter index, so each search also returns counts per filter value
  const search = await runSearch(pf, state.q, state.filters, debounced);
  if (mine !== seq) return;
  if (!search) {
    renderFilters(totals);
    status.textContent = 'Введите слово или сокращение, например «наставничество», «ИОМ» или «ФГОС», или выберите фильтр.';
    list.replaceChildren();
    more.hidden = true;
    return;
  }
  renderFilters(search.filters);
  status.textContent = resultsSummary(search.results.length, state.q, Object.values(state.filters).flat().length);
  list.replaceChildren();
  if (search.results.length === 0 && state.q) void offerSuggestion(pf, mine);
  let next = 0;
  shown = async () => {
    const batch = await Promise.all(search.results.slice(next, next + PAGE).map((r) => r.data()));
    if (mine !== seq) return;
    next += batch.length;
    list.append(...batch.map((d) => resultItem(d, true, state.q, true)));
    more.hidden = next >= search.results.length;
  };
  await shown();
}

/** «Возможно, вы искали «наставничество»?» under a query that found nothing, when the corrected query finds something. */
async function offerSuggestion(pf: NonNullable<Awaited<ReturnType<typeof loadPagefind>>>, mine: number) {
  const q = await suggestionFor(pf, state.q, state.filters);
  if (mine !== seq || !q) return;
  const { line, link } = suggestionLine(q, `?${toSearchParams({ ...state, q }).toString()}`);
  link.addEventListener('click', (e) => {
    e.preventDefault();
    input.value = q;
    state = { ...state, q };
    writeUrl();
    void update(false);
    input.focus();
  });
  status.append(' ', line);
}

form.addEventListener('submit', (e) => { e.preventDefault(); state = { ...state, q: input.value.trim() }; writeUrl(); void update(false); });
input.addEventListener('input', () => { state = { ...state, q: input.value.trim() }; writeUrl(); void update(true); });
filterBox.addEventListener('change', (e) => {
  const box = e.target as HTMLInputElement;
  const current = new Set(state.filters[box.name] ?? []);
  if (box.checked) current.add(box.value); else current.delete(box.value);
  const filters = { ...state.filters };
  if (current.size) filters[box.name] = [...current]; else delete filters[box.name];
  state = { ...state, filters };
  writeUrl();
  void update(false);
});
more.addEventListener('click', async () => {
  const first = list.children.length;
  await shown?.();
  list.children[first]?.querySelector('a')?.focus();
});
void update(false);
