/**
 * A <details> of filters that is always open beside the list on a wide screen and folded on a phone, so the list is on the
 * first screen (catalogue facets, search filters). Without JavaScript the panel stays open.
 */
export function foldOnNarrow(panel: HTMLDetailsElement, query: string): void {
  const narrow = matchMedia(query);
  const summary = panel.querySelector('summary');
  const fit = () => {
    panel.open = !narrow.matches;
    // On a wide screen the summary switches nothing, so Tab passes it by (a stop that does nothing only slows the keyboard).
    if (summary) summary.tabIndex = narrow.matches ? 0 : -1;
  };
  fit();
  narrow.addEventListener('change', fit);
  // On a wide screen the summary is a heading, not a switch.
  summary?.addEventListener('click', (e) => { if (!narrow.matches) e.preventDefault(); });
}
