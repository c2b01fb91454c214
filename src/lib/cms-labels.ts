/** Words the CMS puts next to numbers, agreeing with them: Decap's list heading is `${count} ${word}`. */
import { plural } from './format.ts';
import { ENTRY_FORMS } from './words.ts';

/** The word after the count in a CMS list's heading: «4 записи», «21 запись», «0 записей» (the list's own label stays above it). */
export function listHeadingWord(count: number): string {
  return plural(count, ENTRY_FORMS);
}

/** Accessible names of the icon buttons on a CMS list item's bar, by what the item shows as its title (or its number). */
export function listItemButtonNames(title: string, index: number): { toggle: string; drag: string; remove: string } {
  const name = title.trim() ? `«${title.trim().replace(/\s+/g, ' ')}»` : `запись ${index + 1}`;
  return {
    toggle: `Свернуть или развернуть: ${name}`,
    drag: `Переместить (мышью или клавишами): ${name}`,
    remove: `Удалить из списка: ${name}`,
  };
}
