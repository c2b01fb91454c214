/** The count beside a filter option in the browser: the eye sees the bare number, a screen reader hears «…, 5 материалов». */
import { optionCount, type PluralForms } from '../lib/format.ts';

/** A count element for one option, and the function that shows n in it («5» or «(5)», spoken «, 5 материалов»). */
export function optionCountElement(className: string, forms: PluralForms, { brackets = false } = {}): { element: HTMLSpanElement; show: (n: number) => void } {
  const element = document.createElement('span');
  element.className = className;
  const shown = document.createElement('span');
  shown.ariaHidden = 'true';
  const spoken = document.createElement('span');
  spoken.className = 'visually-hidden';
  element.append(shown, spoken);
  const show = (n: number) => {
    const count = optionCount(n, forms);
    shown.textContent = brackets ? `(${count.shown})` : count.shown;
    spoken.textContent = `, ${count.spoken}`;
  };
  return { element, show };
}
