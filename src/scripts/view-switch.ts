/** Chart/table switch: shows the view whose radio is checked; when a view is empty (no chart drawn for this indicator) both stay as they are. */
for (const root of document.querySelectorAll<HTMLElement>('[data-views]')) {
  const control = root.querySelector<HTMLFieldSetElement>('[data-view-switch]');
  const views = [...root.querySelectorAll<HTMLElement>('[data-view]')];
  // A view holding only the component's script tag is empty too: with nothing to plot, the table stays and no switch appears.
  const isEmpty = (v: HTMLElement) => ![...v.children].some((c) => c.tagName !== 'SCRIPT');
  if (!control || views.some(isEmpty)) continue;
  const show = () => {
    const chosen = control.querySelector<HTMLInputElement>('input:checked')?.value;
    for (const v of views) v.hidden = v.dataset.view !== chosen;
  };
  control.hidden = false;
  control.addEventListener('change', show);
  show();
}
