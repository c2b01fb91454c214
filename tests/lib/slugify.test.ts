import { describe, expect, it } from 'vitest';
import { translit } from '../../src/lib/slugify.ts';

describe('translit', () => {
  it('turns Russian titles into Latin slugs', () => {
    expect(translit('Индивидуальный образовательный маршрут')).toBe('individualnyy-obrazovatelnyy-marshrut');
    expect(translit('Ёлка: щука, «чай»!')).toBe('elka-shchuka-chay');
  });
});
