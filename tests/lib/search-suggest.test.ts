import { describe, expect, it } from 'vitest';
import { editDistance, suggestQuery, vocabulary } from '../../src/lib/search-suggest.ts';

const words = vocabulary([
  'Формы наставничества в школе', 'Наставничество в колледже', 'Положение о наставничестве',
  'Функциональная грамотность на уроке', 'Читательская грамотность', 'Шаблон ИОМ на учебный год', 'Учёт достижений',
]);

describe('vocabulary', () => {
  it('lower case, ё as е, words of five letters and more, most frequent first', () => {
    expect(words[0]).toBe('грамотность');
    expect(words).toContain('наставничество');
    expect(words).not.toContain('учет'); // four letters: too short to correct towards
    expect(words).not.toContain('в');
    expect(words).not.toContain('иом');
    expect(vocabulary(['раз два три четыре пятёрка пятёрка'], 1)).toEqual(['пятерка']);
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours as one edit each', () => {
    expect(editDistance('наставнечество', 'наставничество', 2)).toBe(1);
    expect(editDistance('наставинк', 'наставник', 2)).toBe(1);
    expect(editDistance('грамотнсоть', 'грамотность', 2)).toBe(1);
    expect(editDistance('грамотость', 'грамотность', 2)).toBe(1);
    expect(editDistance('школа', 'колледже', 2)).toBe(3);
  });
});

describe('suggestQuery', () => {
  it('replaces a misspelt word with the nearest word of the site', () => {
    expect(suggestQuery('наставнечество', words)).toBe('наставничество');
    expect(suggestQuery('функциональная грамотнсоть', words)).toBe('функциональная грамотность');
    expect(suggestQuery('Функцианальная грамотность', words)).toBe('функциональная грамотность');
  });
  it('offers nothing when every word is known, too short, or has no near neighbour', () => {
    expect(suggestQuery('наставничество', words)).toBeUndefined();
    expect(suggestQuery('ИОМ', words)).toBeUndefined();
    expect(suggestQuery('квантовая хромодинамика', words)).toBeUndefined();
    expect(suggestQuery('', words)).toBeUndefined();
  });
});
