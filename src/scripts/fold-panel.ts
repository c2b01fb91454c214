/**
 * A <details> of filters that is always open beside the list on a wide screen and folded on a phone, so the list is on the
 * first screen (catalogue facets, search filters). Without JavaScript the panel stays open.
 */
export function foldOnNarrow(panel: HTMLDetailsElement, query: string): void {
  const narrow = matchMedia(query);
  const fit = () => { panel.open = !narrow.matches; };
  fit();
  narrow.addEventListener('change', fit);
  // On a wide screen the summary is a heading, not a switch.
  panel.querySelector('summary')?.addEventListener('click', (e) => { if (!narrow.matches) e.preventDefault(); });
}
