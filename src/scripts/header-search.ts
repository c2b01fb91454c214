/** Header search box: results as you type under the box; the index is fetched only once the reader focuses or types. */
import '../styles/search.css';
import { resultsSummary } from '../lib/search-query.ts';
import { loadPagefind, NO_INDEX_MESSAGE, resultItem, runSearch, suggestionFor, suggestionLine } from './search-client.ts';

const SHOWN = 6;

const form = document.querySelector<HTMLFormElement>('form.header-search');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
if (form && input && !location.pathname.startsWith('/search/')) {
  const panel = document.createElement('div');
  panel.className = 'header-search-panel';
  panel.id = 'header-search-panel';
  panel.hidden = true;
  const status = document.createElement('p');
  status.className = 'header-search-status';
  status.setAttribute('role', 'status');
  const list = document.createElement('ul');
  list.className = 'header-search-results';
  list.setAttribute('aria-label', 'Первые результаты поиска');
  const all = document.createElement('a');
  all.className = 'header-search-all';
  panel.append(status, list, all);
  form.append(panel);
  input.setAttribute('aria-controls', panel.id);

  const close = () => { panel.hidden = true; };
  const open = () => { panel.hidden = false; };
  let seq = 0;

  const update = async () => {
    const q = input.value.trim();
    const mine = ++seq;
    if (q.length < 2) { close(); return; }
    const pf = await loadPagefind();
    if (mine !== seq) return;
    open();
    if (!pf) { status.textContent = NO_INDEX_MESSAGE; list.replaceChildren(); all.hidden = true; return; }
    const search = await runSearch(pf, q, {}, true);
    if (mine !== seq || !search) return;
    const data = await Promise.all(search.results.slice(0, SHOWN).map((r) => r.data()));
    if (mine !== seq) return;
    status.textContent = resultsSummary(search.results.length, q);
    list.replaceChildren(...data.map((d) => resultItem(d, true, q)));
    all.hidden = search.results.length === 0;
    all.href = `/search/?q=${encodeURIComponent(q)}`;
    all.textContent = search.results.length > SHOWN ? 'Все результаты и фильтры' : 'Открыть на странице поиска';
    if (search.results.length === 0) {
      const suggestion = await suggestionFor(pf, q, {});
      if (mine === seq && suggestion) status.append(' ', suggestionLine(suggestion, `/search/?q=${encodeURIComponent(suggestion)}`).line);
    }
  };

  input.addEventListener('focus', () => { void loadPagefind(); }, { once: true });
  input.addEventListener('input', () => { void update(); });
  form.addEventListener('keydown', (e) => { if (e.key === 'Escape' && !panel.hidden) { close(); input.focus(); } });
  document.addEventListener('click', (e) => { if (!form.contains(e.target as Node)) close(); });
  form.addEventListener('focusout', (e) => { if (!form.contains(e.relatedTarget as Node | null) && e.relatedTarget) close(); });
}
