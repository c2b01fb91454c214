import { describe, expect, it } from 'vitest';
import { latinBlockLanguage } from '../../src/lib/text-language.ts';

describe('latinBlockLanguage', () => {
  it('tells English, German and French phrases a teacher puts in a list', () => {
    expect(latinBlockLanguage('Could you repeat that, please?')).toBe('en');
    expect(latinBlockLanguage('Let’s agree on…')).toBe('en');
    expect(latinBlockLanguage('Wie heißt du? Ich heiße Anna.')).toBe('de');
    expect(latinBlockLanguage('Comment vous appelez-vous ?')).toBe('fr');
  });
  it('leaves Russian text, mixed text, single words, links and unknown Latin text unmarked', () => {
    expect(latinBlockLanguage('Клише выводятся на плакат')).toBeUndefined();
    expect(latinBlockLanguage('Урок по теме Present Simple')).toBeUndefined();
    expect(latinBlockLanguage('Moodle')).toBeUndefined();
    expect(latinBlockLanguage('https://example.org/some/path')).toBeUndefined();
    expect(latinBlockLanguage('Lorem ipsum dolor sit amet')).toBeUndefined();
  });
});
