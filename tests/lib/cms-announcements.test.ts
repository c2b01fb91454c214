import { describe, expect, it } from 'vitest';
import { dragAnnouncements, DRAG_INSTRUCTIONS, selectLiveMessages, selectRemoveLabel, selectResultsStatus } from '../../src/lib/cms-announcements.ts';

describe('what the CMS field libraries say, in Russian', () => {
  it('the cross on a chosen value is named after the value', () => {
    expect(selectRemoveLabel('  Учитель\n начальных классов ')).toBe('Убрать «Учитель начальных классов»');
    expect(selectRemoveLabel(undefined)).toBe('Убрать значение');
  });

  it('the search status agrees with its count', () => {
    expect([0, 1, 3, 5, 11, 21, 22].map((n) => selectResultsStatus(n).replace(/\u00a0/g, ' '))).toEqual([
      'Ничего не найдено', 'Найден 1 вариант', 'Найдено 3 варианта', 'Найдено 5 вариантов', 'Найдено 11 вариантов', 'Найден 21 вариант', 'Найдено 22 варианта',
    ]);
    expect(selectLiveMessages.onFilter({ inputValue: 'марш', resultsMessage: selectResultsStatus(2) })).toBe('Найдено 2\u00a0варианта по запросу «марш».');
  });

  it('choosing, removing and moving between values is announced with the value', () => {
    expect(selectLiveMessages.onChange({ action: 'select-option', label: 'Учитель' })).toBe('«Учитель» выбрано.');
    expect(selectLiveMessages.onChange({ action: 'remove-value', label: 'Учитель' })).toBe('«Учитель» убрано.');
    expect(selectLiveMessages.onChange({ action: 'clear' })).toBe('Все выбранные значения убраны.');
    const values = ['a', 'b', 'c'];
    expect(selectLiveMessages.onFocus({ context: 'value', label: 'Методист', focused: 'b', selectValue: values })).toBe('Значение «Методист», 2 из 3.');
    expect(selectLiveMessages.guidance({ context: 'menu', tabSelectsValue: false })).toMatch(/^Стрелками вверх и вниз выберите вариант, Enter — отметить его, Escape — закрыть список\.$/);
  });

  it('moving a list item tells where it is by place, not by an internal id', () => {
    expect(DRAG_INSTRUCTIONS).toMatch(/нажмите пробел/);
    expect(dragAnnouncements.over({ index: 0, count: 4 }, { index: 0, count: 4 })).toMatch(/^Запись 1 из 4 взята/);
    expect(dragAnnouncements.over({ index: 0, count: 4 }, { index: 2, count: 4 })).toBe('Запись 1 из 4 — над местом 3 из 4.');
    expect(dragAnnouncements.end({ index: 0, count: 4 }, { index: 1, count: 4 })).toBe('Запись 1 из 4 поставлена на место 2 из 4.');
    expect(dragAnnouncements.cancel({ index: 3, count: 4 })).toBe('Перемещение отменено, запись 4 из 4 осталась на месте.');
  });
});
