import { describe, expect, it } from 'vitest';
import { deleteRefusal, referrersNotice, referrersOf, referringCollections } from '../../src/lib/references.ts';

const caseEntry = (slug: string, title: string, materials: (string | undefined)[]) =>
  ({ collection: 'cases', slug, data: { title, slug, steps: materials.map((m, i) => ({ title: `Шаг ${i + 1}`, ...(m ? { material: m } : {}), action: 'Сделать' })) } });

describe('where an entry is used, before a methodist deletes it', () => {
  it('only collections with a relation to the target are read', () => {
    expect(referringCollections('materials')).toEqual(['cases']);
    expect(referringCollections('programmes').sort()).toEqual(['events', 'indicators', 'sites']);
    expect(referringCollections('cases')).toEqual([]);
  });

  it('a material used in two steps of one case and one step of another: each case once, with the Russian place of each reference', () => {
    const entries = [
      caseEntry('b', 'Свой маршрут', ['iom', undefined, 'other', 'iom']),
      caseEntry('a', 'Анализ урока', ['iom']),
      caseEntry('c', 'Без этого материала', ['other']),
    ];
    expect(referrersOf({ collection: 'materials', slug: 'iom' }, entries)).toEqual([
      { collection: 'cases', slug: 'a', name: 'Кейс «Анализ урока»', fields: ['«Шаги» › строка 1 › «Материал»'] },
      { collection: 'cases', slug: 'b', name: 'Кейс «Свой маршрут»', fields: ['«Шаги» › строка 1 › «Материал»', '«Шаги» › строка 4 › «Материал»'] },
    ]);
  });

  it('a deficit is found in lists of materials and banks; an entry of the same slug in another collection is not a reference', () => {
    const entries = [
      { collection: 'materials', slug: 'm', data: { title: 'Памятка', deficits: ['x', 'iom'] } },
      { collection: 'banks', slug: 'k', data: { title: 'Банк ИОМ', deficits: ['iom'] } },
      { collection: 'materials', slug: 'iom', data: { title: 'Материал с тем же адресом', deficits: [] } },
    ];
    expect(referrersOf({ collection: 'deficits', slug: 'iom' }, entries).map((r) => `${r.name}: ${r.fields.join(', ')}`)).toEqual([
      'Банк кейсов «Банк ИОМ»: «Профессиональные дефициты» › строка 1',
      'Материал «Памятка»: «Профессиональные дефициты» › строка 2',
    ]);
  });

  it('the notice says what deleting would do, with the count in words; nothing when the entry is unused', () => {
    const refs = referrersOf({ collection: 'materials', slug: 'iom' }, [caseEntry('a', 'А', ['iom']), caseEntry('b', 'Б', ['iom'])]);
    expect(referrersNotice(refs)).toMatch(/^Эту запись упоминают другие записи \(2\u00a0записи\)\. Если удалить её, сайт не соберётся/);
    expect(referrersNotice([])).toBeUndefined();
  });

  it('deleting a used entry is refused with the entries and fields to edit first; an unused one is not refused', () => {
    const refs = referrersOf({ collection: 'materials', slug: 'iom' }, [caseEntry('a', 'А', ['x', 'iom'])]);
    expect(deleteRefusal(refs)).toMatch(/^Эту запись нельзя удалить: её упоминают другие записи \(1\u00a0запись\), и без неё сайт не соберётся\. Сначала уберите или замените ссылки на неё:\n— Кейс «А»: «Шаги» › строка 2 › «Материал»$/);
    expect(deleteRefusal([])).toBeUndefined();
  });
});
