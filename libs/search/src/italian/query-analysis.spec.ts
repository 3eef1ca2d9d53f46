import { analyseQuery } from './query-analysis.js';

describe('analyseQuery', () => {
  it('turns typed words into clauses, without stop words and elisions', () => {
    const query = analyseQuery("pulizie dell'ufficio a Cologno");
    expect(query.words).toEqual(['pulizie', 'ufficio', 'cologno']);
    expect(query.clauses.map((clause) => clause.typed)).toEqual([
      ['pulizie'],
      ['ufficio'],
      ['cologno'],
    ]);
  });

  it('recognises a synonym phrase and offers its whole group', () => {
    const [clause] = analyseQuery('operatore socio sanitario').clauses;
    expect(clause.typed).toEqual(['operatore', 'socio', 'sanitario']);
    expect(clause.synonyms).toEqual(
      expect.arrayContaining([['oss'], ['operatore', 'socio', 'sanitario']]),
    );
  });

  it('prefers the longest phrase and still recognises a misspelt synonym', () => {
    expect(analyseQuery('aiuto cuoco').clauses).toHaveLength(1);
    const [clause] = analyseQuery('badnte').clauses;
    expect(clause.synonyms).toEqual(expect.arrayContaining([['assistente', 'familiare']]));
  });

  it('treats the last plain word as a prefix while the user is typing it', () => {
    expect(analyseQuery('pulizie magaz').clauses.map((clause) => clause.prefix)).toEqual([
      false,
      true,
    ]);
    expect(analyseQuery('pulizie magaz ').clauses.at(-1)?.prefix).toBe(false);
    expect(analyseQuery('ab').clauses.at(-1)?.prefix).toBe(false);
  });

  it('searches the stop words themselves when nothing else was typed', () => {
    const query = analyseQuery('Perché');
    expect(query).toEqual({
      clauses: [{ typed: ['perche'], synonyms: [], prefix: false }],
      words: ['perche'],
      onlyStopWords: true,
    });
    expect(analyseQuery('di della per').words).toEqual(['di', 'della', 'per']);
    expect(analyseQuery('perché cassiere').words).toEqual(['cassiere']);
    expect(analyseQuery('perché cassiere').onlyStopWords).toBe(false);
  });

  it('has nothing to match when nothing but punctuation was typed', () => {
    expect(analyseQuery(' ?! ').clauses).toEqual([]);
  });
});
