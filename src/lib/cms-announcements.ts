/** Russian for what the libraries inside Decap say to screen readers and on their buttons: react-select (relation and select fields) and dnd-kit (reordering list items). */
import { countOf, plural, type PluralForms } from './format.ts';

const OPTION_FORMS: PluralForms = { one: 'вариант', few: 'варианта', many: 'вариантов' };
const FOUND_FORMS: PluralForms = { one: 'Найден', few: 'Найдено', many: 'Найдено' };

function quoted(label: unknown): string {
  const text = String(label ?? '').trim().replace(/\s+/g, ' ');
  return text ? `«${text}»` : 'значение';
}

/** The accessible name of the cross that removes one chosen value (react-select writes «Remove …»). */
export function selectRemoveLabel(label: unknown): string {
  return `Убрать ${quoted(label)}`;
}

/** react-select's status after a search: «Найдено 3 варианта», «Найден 1 вариант», «Ничего не найдено». */
export function selectResultsStatus(count: number): string {
  if (count === 0) return 'Ничего не найдено';
  return `${plural(count, FOUND_FORMS)} ${countOf(count, OPTION_FORMS)}`;
}

export const SELECT_LOADING = 'Загрузка…';
export const SELECT_NO_OPTIONS = 'Ничего не найдено';

interface GuidanceProps { context: 'menu' | 'input' | 'value'; isSearchable?: boolean; isMulti?: boolean; tabSelectsValue?: boolean; isInitialFocus?: boolean; 'aria-label'?: string }
interface ChangeProps { action: string; label?: string; labels?: string[]; isDisabled?: boolean }
interface FocusProps { context: 'menu' | 'value'; focused?: unknown; options?: unknown[]; label?: string; selectValue?: unknown[]; isDisabled?: boolean; isSelected?: boolean; isAppleDevice?: boolean }
interface FilterProps { inputValue?: string; resultsMessage: string }

function position(list: unknown[] | undefined, item: unknown): string {
  return list?.length ? `${list.indexOf(item) + 1} из ${list.length}` : '';
}

/** react-select's `ariaLiveMessages` (its live region), the same cases as its English defaults. */
export const selectLiveMessages = {
  guidance(p: GuidanceProps): string {
    switch (p.context) {
      case 'menu': return `Стрелками вверх и вниз выберите вариант, Enter — отметить его, Escape — закрыть список${p.tabSelectsValue ? ', Tab — отметить вариант и закрыть список' : ''}.`;
      case 'input': return p.isInitialFocus
        ? `Поле ${p['aria-label'] ? `«${p['aria-label']}» ` : ''}с выбором.${p.isSearchable ? ' Начните вводить, чтобы сузить список.' : ''} Стрелка вниз открывает список.${p.isMulti ? ' Стрелка влево — к выбранным значениям.' : ''}`
        : '';
      case 'value': return 'Стрелками влево и вправо переходите между выбранными значениями, Backspace убирает значение.';
      default: return '';
    }
  },
  onChange(p: ChangeProps): string {
    switch (p.action) {
      case 'deselect-option': case 'pop-value': case 'remove-value': return `${quoted(p.label)} убрано.`;
      case 'clear': return 'Все выбранные значения убраны.';
      case 'initial-input-focus': return p.labels?.length ? `Выбрано: ${p.labels.map(quoted).join(', ')}.` : '';
      case 'select-option': return p.isDisabled ? `${quoted(p.label)} недоступно, выберите другой вариант.` : `${quoted(p.label)} выбрано.`;
      default: return '';
    }
  },
  onFocus(p: FocusProps): string {
    if (p.context === 'value' && p.selectValue) return `Значение ${quoted(p.label)}, ${position(p.selectValue, p.focused)}.`;
    if (p.context === 'menu' && p.isAppleDevice) {
      const state = `${p.isSelected ? ', выбрано' : ''}${p.isDisabled ? ', недоступно' : ''}`;
      return `${p.label ?? ''}${state}, ${position(p.options, p.focused)}.`;
    }
    return '';
  },
  onFilter(p: FilterProps): string {
    return `${p.resultsMessage}${p.inputValue ? ` по запросу «${p.inputValue}»` : ''}.`;
  },
};

/** What dnd-kit reads out about a list item's move handle (aria-describedby), in place of its English text. */
export const DRAG_INSTRUCTIONS = 'Чтобы переместить запись с клавиатуры, нажмите пробел, стрелками передвиньте её на новое место и нажмите пробел ещё раз; Escape отменяет перемещение. Мышью запись можно перетащить.';

/** Where a dragged item is: dnd-kit's sortable data gives its place (from 0) and the list's length. */
export interface DragPlace { index?: number; count?: number }

function place(p: DragPlace | undefined): string {
  return p?.index === undefined ? '' : ` ${p.index + 1}${p.count ? ` из ${p.count}` : ''}`;
}

/** dnd-kit's live announcements while an item is moved, by the item's place before and now. */
export const dragAnnouncements = {
  start: (from?: DragPlace) => `Запись${place(from)} взята. Стрелками выберите новое место, пробел — поставить, Escape — отменить.`,
  // dnd-kit reports the item over its own place right after taking it: that message, read instead of «взята», says both.
  over: (from?: DragPlace, to?: DragPlace) => (to?.index === undefined ? 'Запись вне списка.'
    : to.index === from?.index ? `Запись${place(from)} взята и стоит на своём месте. Стрелками выберите новое место, пробел — поставить, Escape — отменить.`
      : `Запись${place(from)} — над местом${place(to)}.`),
  end: (from?: DragPlace, to?: DragPlace) => (to?.index === undefined ? `Запись${place(from)} осталась на месте.` : `Запись${place(from)} поставлена на место${place(to)}.`),
  cancel: (from?: DragPlace) => `Перемещение отменено, запись${place(from)} осталась на месте.`,
};
