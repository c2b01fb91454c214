import { describe, expect, it } from 'vitest';
import { compareTerms } from '../../src/lib/taxonomy.ts';

describe('the order of terms on pages and in CMS previews', () => {
  it('by «Порядок в списках», terms without one last, then by title in Russian order', () => {
    const terms = [{ title: 'Руководитель', order: 3 }, { title: 'Методист' }, { title: 'Учитель', order: 1 }, { title: 'Ёлочка' }, { title: 'Воспитатель' }];
    expect(terms.sort(compareTerms).map((t) => t.title)).toEqual(['Учитель', 'Руководитель', 'Воспитатель', 'Ёлочка', 'Методист']);
  });
});
