import { MATCH_END, MATCH_START, markedWords } from './matched-terms.js';

const mark = (word: string) => `${MATCH_START}${word}${MATCH_END}`;

describe('markedWords', () => {
  it('returns each marked word once, lower-case, in order', () => {
    const text = `${mark('Cameriere')} di sala, ${mark('cameriere')} ai ${mark('Piani')}`;
    expect(markedWords([text, null])).toEqual(['cameriere', 'piani']);
  });

  it('widens a mark inside a word to the whole word', () => {
    expect(markedWords([`${mark('magaz')}ziniere e ${mark('caffè')}`])).toEqual([
      'magazziniere',
      'caffè',
    ]);
  });
});
