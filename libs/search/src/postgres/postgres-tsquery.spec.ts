import { analyseQuery } from '../italian/query-analysis.js';
import { buildTsQueries, matchQuery, wordsOf } from './postgres-tsquery.js';

/** Lexemes as the stemmer would give them, here the words themselves (or what a test says). */
const lexemes = (words: string[], stems: Record<string, string[]> = {}) =>
  new Map(words.map((word) => [word, stems[word] ?? [word]]));

describe('buildTsQueries', () => {
  it('requires every clause and offers corrections and synonyms as alternatives', () => {
    const query = analyseQuery('camerire uffici ');
    const corrections = new Map([
      ['camerire', ['cameriere']],
      ['uffici', ['ufficio']],
    ]);
    const parts = buildTsQueries(query, corrections, lexemes(wordsOf(query, corrections)));
    expect(parts?.complete).toContain(`('uffici' | 'ufficio')`);
    expect(parts?.complete).toContain(`'cameriera'`);
    expect(parts?.complete?.split(' & (').length).toBeGreaterThan(1);
    expect(parts?.partial).toBeNull();
    expect(parts?.exact).toBe(`('camerire' & 'uffici')`);
  });

  it('keeps the word being typed apart, to be matched as a raw prefix', () => {
    const query = analyseQuery('pulizie magaz');
    const parts = buildTsQueries(query, new Map(), lexemes(wordsOf(query, new Map())));
    expect(parts?.partial).toBe(`'magaz'`);
    expect(parts?.prefix).toBe(`'magaz':*`);
    expect(parts && matchQuery(parts)).toBe(
      `(('pulizie' | 'pulizia' | ('addetto' & 'pulizie') | ('addetta' & 'pulizie') | ('impresa' & 'pulizie')) & ('magaz' | 'magaz':*))`,
    );
  });

  it('uses the lexemes it is given, and drops a word that has none', () => {
    const query = analyseQuery('di notte ');
    const parts = buildTsQueries(query, new Map(), lexemes(['notte'], { notte: ['nott'] }));
    expect(parts?.complete).toBe(`'nott'`);
    const nothing = buildTsQueries(analyseQuery('xyz '), new Map(), new Map([['xyz', []]]));
    expect(nothing && matchQuery(nothing)).toBeNull();
  });

  it('has nothing to build for an empty query', () => {
    expect(buildTsQueries(analyseQuery(''), new Map(), new Map())).toBeNull();
  });
});
