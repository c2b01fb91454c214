import { describe, expect, it } from 'vitest';
import { passportRows } from '../../src/lib/passport.ts';

describe('programme passport', () => {
  it('lists the passport as the programme page shows it', () => {
    expect(passportRows({
      organization: 'МКУ «Центр образования»', municipality: 'город Бородино', region: 'Красноярский край',
      period: { start: 2022, end: 2025 },
      approval: { document: 'Приказ директора', date: new Date('2022-01-21T00:00:00Z'), number: '01-04-08' },
      basis: ['Закон об образовании'], mission: 'Поддержка педагогов', developers: ['А', 'Б'], executors: [],
    })).toEqual([
      { label: 'Организация', value: 'МКУ «Центр образования»' },
      { label: 'Территория', value: 'город Бородино, Красноярский край' },
      { label: 'Срок реализации', value: '2022–2025 годы' },
      { label: 'Утверждение', value: 'Приказ директора, 21 января 2022\u00a0г., № 01-04-08' },
      { label: 'Основания для разработки', value: ['Закон об образовании'] },
      { label: 'Миссия', value: 'Поддержка педагогов' },
      { label: 'Разработчики', value: 'А; Б' },
      { label: 'Финансирование', value: 'в документе не указано' },
    ]);
  });

  it('reads a date written as text, as the CMS hands it over', () => {
    expect(passportRows({ approval: { document: 'Приказ', date: '2022-01-21' } }).find((r) => r.label === 'Утверждение')?.value).toBe('Приказ, 21 января 2022\u00a0г.');
  });

  it('a programme still being filled in shows «не указано» instead of empty rows', () => {
    expect(passportRows({ municipality: 'город Бородино' }).slice(0, 3)).toEqual([
      { label: 'Организация', value: 'не указано' },
      { label: 'Территория', value: 'город Бородино' },
      { label: 'Срок реализации', value: 'не указано' },
    ]);
  });
});
