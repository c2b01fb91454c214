/** Case checklist: the teacher ticks steps; ticks live only in this browser (localStorage), never leave the device. */
import { countOf } from '../lib/format.ts';

// Genitive after «из»: «из 1 шага», «из 3 шагов», «из 21 шага».
const OF_STEPS = { one: 'шага', few: 'шагов', many: 'шагов' };

export function initChecklist(article: HTMLElement): void {
  const key = `case-checklist:${article.dataset.case}`;
  const boxes = [...article.querySelectorAll<HTMLInputElement>('input[data-step]')];
  const progress = article.querySelector<HTMLElement>('[data-progress]')!;
  const reset = article.querySelector<HTMLButtonElement>('[data-reset]')!;
  const print = article.querySelector<HTMLButtonElement>('[data-print]')!;
  const read = (): number[] => {
    try { return JSON.parse(localStorage.getItem(key) ?? '[]'); } catch { return []; }
  };
  const save = () => {
    const done = boxes.filter((b) => b.checked).map((b) => Number(b.dataset.step));
    try {
      if (done.length) localStorage.setItem(key, JSON.stringify(done)); else localStorage.removeItem(key);
    } catch { /* private mode: the ticks simply are not kept */ }
  };
  const show = () => {
    const done = boxes.filter((b) => b.checked).length;
    progress.textContent = done === boxes.length ? `Все шаги выполнены (${boxes.length} из ${boxes.length}).` : `Выполнено ${done} из ${countOf(boxes.length, OF_STEPS)}.`;
  };
  const saved = new Set(read());
  for (const b of boxes) {
    b.checked = saved.has(Number(b.dataset.step));
    b.addEventListener('change', () => { save(); show(); });
  }
  progress.hidden = false;
  reset.hidden = false;
  print.hidden = false;
  reset.addEventListener('click', () => { for (const b of boxes) b.checked = false; save(); show(); });
  print.addEventListener('click', () => window.print());
  show();
}
