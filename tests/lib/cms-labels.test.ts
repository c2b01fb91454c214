import { describe, expect, it } from 'vitest';
import { listHeadingWord, listItemButtonNames } from '../../src/lib/cms-labels.ts';

describe('words the CMS puts beside numbers and on icon buttons', () => {
  it('a list heading agrees with its count (Decap writes «4 шаги» with the list label)', () => {
    expect([0, 2, 4, 5, 11, 21, 22, 25].map((n) => `${n} ${listHeadingWord(n)}`))
      .toEqual(['0 записей', '2 записи', '4 записи', '5 записей', '11 записей', '21 запись', '22 записи', '25 записей']);
  });

  it('list item buttons are named after what the item shows, or its number while it has no title yet', () => {
    expect(listItemButtonNames('  Заполните\n шаблон ', 2)).toEqual({
      toggle: 'Свернуть или развернуть: «Заполните шаблон»',
      drag: 'Переместить (мышью или клавишами): «Заполните шаблон»',
      remove: 'Удалить из списка: «Заполните шаблон»',
    });
    expect(listItemButtonNames('', 2).remove).toBe('Удалить из списка: запись 3');
  });
});
