/** Decap's list and date widgets with Russian a methodist can read: «4 записи» above a list instead of «4 шаги», named buttons on list items, and a «Сейчас» button named by the field's label, not its internal name. */
import { Component, createElement as h, createRef, type ComponentType } from 'react';
import { listHeadingWord, listItemButtonNames } from '../src/lib/cms-labels.ts';

interface Immutable { get(key: string, fallback?: unknown): any; set(key: string, value: unknown): Immutable }
type Translate = (key: string, options?: Record<string, unknown>) => string;
interface Props { field: Immutable; value?: { size?: number } | null; t: Translate; [key: string]: unknown }
interface Control { focus?(path?: string): void }
export interface WidgetCms {
  getWidget(name: string): { control: ComponentType<any>; preview: ComponentType<any>; [option: string]: unknown };
  registerWidget(widget: { name: string; controlComponent: ComponentType<any>; previewComponent: ComponentType<any>; [option: string]: unknown }): void;
}

/** Registers Decap's widget `name` again with its control wrapped, keeping its preview, schema and other options. */
export function wrapWidget(cms: WidgetCms, name: string, wrapper: (control: ComponentType<any>) => ComponentType<any>): void {
  const { control, preview, ...options } = cms.getWidget(name);
  cms.registerWidget({ ...options, name, controlComponent: wrapper(control), previewComponent: preview });
}

/**
 * Decap writes a list's heading as `${count} ${label}` («4 шаги», «2 вопросы для самопроверки»), taking the singular
 * label only for one item. The wrapped list gets, as its label, the word that agrees with its count («записи»,
 * «записей»); the field's own label above the list is drawn by Decap from the unwrapped field and does not change.
 * Decap's list also validates its size with that label, so the locale's list-size messages do not quote it
 * (admin/locale-ru-additions.ts). The list registers itself with its parent form (controlRef) as before; the form
 * reaches the wrapper only to focus a field and to ask whether to re-render, both passed on.
 */
/**
 * Decap 3.16 draws each list item as: a bar (toggle button, drag handle, remove button — icons without names), the
 * item's title, its fields. The bar's buttons are named after the title whenever the list's own part of the page
 * changes; anything not of that shape is left alone, so another Decap version loses the names, not the list.
 */
function nameItemButtons(root: HTMLElement): void {
  const items = root.children[1]?.children ?? [];
  [...items].forEach((item, i) => {
    const bar = item.firstElementChild;
    const title = bar?.nextElementSibling?.textContent ?? '';
    if (!bar) return;
    const names = listItemButtonNames(title, i);
    const buttons = [...bar.children].filter((c) => c.tagName === 'BUTTON' && !c.textContent?.trim());
    const drag = [...bar.children].find((c) => c.getAttribute('aria-roledescription') === 'sortable');
    const named: [Element | undefined, string][] = [[buttons[0], names.toggle], [drag, names.drag], [buttons.length === 2 ? buttons[1] : undefined, names.remove]];
    for (const [el, name] of named) if (el && el.getAttribute('aria-label') !== name) el.setAttribute('aria-label', name);
  });
}

function countedList(list: ComponentType<any>) {
  return class CountedList extends Component<Props> {
    inner = createRef<Control>();
    observer?: MutationObserver;
    componentDidMount() {
      const root = document.getElementById(String(this.props.forID));
      if (!root) return;
      nameItemButtons(root);
      this.observer = new MutationObserver(() => nameItemButtons(root));
      this.observer.observe(root, { childList: true, subtree: true, characterData: true });
    }
    componentWillUnmount() { this.observer?.disconnect(); }
    shouldComponentUpdate() { return true; }
    focus(path?: string) { this.inner.current?.focus?.(path); }
    render() {
      const count = this.props.value?.size ?? 0;
      return h(list, { ...this.props, field: this.props.field.set('label', listHeadingWord(count)), ref: this.inner });
    }
  };
}

/** Decap names the date field's «Сейчас» button with the field's internal name («date»); this gives it the Russian label. */
function labelledDate(date: ComponentType<any>) {
  return class LabelledDate extends Component<Props> {
    t: Translate = (key, options) => this.props.t(key, key === 'editor.editorWidgets.datetime.setToNow'
      ? { ...options, fieldLabel: this.props.field.get('label', this.props.field.get('name')) } : options);
    render() { return h(date, { ...this.props, t: this.t }); }
  };
}

/** Registers the two wrapped controls in place of Decap's. */
export function registerLabelledWidgets(cms: WidgetCms): void {
  wrapWidget(cms, 'list', countedList);
  wrapWidget(cms, 'datetime', labelledDate);
}
