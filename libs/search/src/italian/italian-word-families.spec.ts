import { splitForIndex } from '../postgres/postgres-lexemes.js';
import { exactLexeme, ITALIAN_WORD_FAMILIES, wordFamily } from './italian-word-families.js';
import { tokenize } from './italian-text.js';

describe('Italian word families', () => {
  it('lists each form once, in the normalised form queries are compared in', () => {
    const forms = ITALIAN_WORD_FAMILIES.flat();
    expect(new Set(forms).size).toBe(forms.length);
    for (const form of forms) expect(tokenize(form)).toEqual([form]);
  });

  it('names a family by its first form, for every form', () => {
    expect(['cassiere', 'cassiera', 'cassieri'].map(wordFamily)).toEqual([
      'cassiere',
      'cassiere',
      'cassiere',
    ]);
    expect(wordFamily('casse')).toBe('cassa');
    expect(wordFamily('operai')).toBe('operaio');
    expect(wordFamily('badante')).toBeUndefined();
  });

  it('indexes stop words and family words exactly, and leaves the rest to the stemmer', () => {
    expect(exactLexeme('perche')).toBe('perche');
    expect(exactLexeme('casse')).toBe('cassa');
    expect(exactLexeme('facchino')).toBeUndefined();
    expect(splitForIndex('Carico e scarico di Casse di frutta, perché sì')).toEqual({
      stemmed: 'Carico   scarico       frutta,    ',
      exact: "'e':2 'di':4,6 'cassa':5 'perche':8 'si':9",
    });
  });
});
