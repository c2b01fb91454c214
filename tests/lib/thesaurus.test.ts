import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compileThesaurus, expandTerms, expandText, normalizeYo, stem } from '../../src/lib/thesaurus.ts';
import { thesaurusSchema } from '../../src/schema/thesaurus.ts';

const small = compileThesaurus({
  groups: [
    { title: 'ИОМ', terms: ['ИОМ', 'индивидуальный образовательный маршрут'] },
    { title: 'Наставничество', terms: ['наставник', 'наставничество'] },
    { title: 'Учёт', terms: ['учёт', 'мониторинг'] },
  ],
});

describe('thesaurus', () => {
  it('ё and е are the same letter', () => {
    expect(normalizeYo('Учёт ЁЛКИ')).toBe('Учет ЕЛКИ');
    expect(stem('учёта')).toBe(stem('учет'));
  });

  it('an abbreviation expands to its full form and back', () => {
    expect(expandTerms(['ИОМ'], small)).toEqual(['ИОМ', 'индивидуальный образовательный маршрут']);
    expect(expandTerms(['индивидуальный образовательный маршрут'], small)).toContain('ИОМ');
    expect(expandTerms(['иом'], small)).toContain('индивидуальный образовательный маршрут');
    expect(expandTerms(['слово'], small)).toEqual(['слово']);
  });

  it('a text with the phrase in another case gains the abbreviation', () => {
    expect(expandText('Как составить индивидуального образовательного маршрута план', small)).toEqual(['ИОМ']);
    expect(expandText('Шаблон индивидуальных образовательных маршрутов', small)).toEqual(['ИОМ']);
  });

  it('a text with the abbreviation, even declined, gains the full phrase', () => {
    expect(expandText('Шаблон ИОМ педагога', small)).toEqual(['индивидуальный образовательный маршрут']);
    expect(expandText('Обсуждение ИОМа на педсовете', small)).toEqual(['индивидуальный образовательный маршрут']);
  });

  it('abbreviations match only in capitals, so ordinary words do not trigger them', () => {
    expect(expandText('иом', small)).toEqual([]);
  });

  it('a word form of one group member brings in the others', () => {
    expect(expandText('Программа наставничества в школе', small)).toEqual(['наставник']);
    expect(expandText('Беседа с наставниками', small)).toEqual(['наставничество']);
    expect(expandText('Журнал учета', small)).toEqual(['мониторинг']);
  });

  it('a phrase matches only when its words stand together', () => {
    expect(expandText('индивидуальный подход и образовательный маршрут', small)).toEqual([]);
    expect(expandText('Текст без терминов', small)).toEqual([]);
  });

  it('content/thesaurus.yaml is valid and covers the field abbreviations', () => {
    const data = thesaurusSchema.parse(parse(fs.readFileSync('content/thesaurus.yaml', 'utf8')));
    const t = compileThesaurus(data);
    for (const abbr of ['ФГОС', 'ДПО', 'КПК', 'ОО', 'МО', 'ШМО', 'ФГ', 'ИОМ']) expect(expandTerms([abbr], t).length).toBeGreaterThan(1);
    expect(expandText('Курсы для ДПО', t)).toContain('дополнительное профессиональное образование');
  });

  it('an empty group is rejected with a Russian message', () => {
    const r = thesaurusSchema.safeParse({ groups: [{ title: 'x', terms: ['один'] }] });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].message).toMatch(/хотя бы два/);
  });
});

describe('abbreviation tokens of a text', () => {
  it('a text gets tokens for abbreviations it mentions or gains from a full form', async () => {
    const { abbreviationTokens, abbreviations } = await import('../../src/lib/thesaurus.ts');
    const { abbreviationToken } = await import('../../src/lib/search-tokens.ts');
    expect(abbreviations(small)).toEqual(['ИОМ']);
    const text = 'План индивидуального образовательного маршрута';
    expect(abbreviationTokens(text, expandText(text, small), small)).toEqual([abbreviationToken('ИОМ')]);
    expect(abbreviationTokens('Шаблон ИОМа', [], small)).toEqual([abbreviationToken('ИОМ')]);
    expect(abbreviationTokens('Текст про учёт', [], small)).toEqual([]);
  });
});
