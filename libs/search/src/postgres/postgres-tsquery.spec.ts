import { analyseQuery } from '../italian/query-analysis.js';
import { buildTsQueries } from './postgres-tsquery.js';

describe('buildTsQueries', () => {
  it('requires every clause and offers corrections and synonyms as alternatives', () => {
    const query = analyseQuery('camerire uffici ');
    const parts = buildTsQueries(
      query,
      new Map([
        ['camerire', ['cameriere']],
        ['uffici', ['ufficio']],
      ]),
    );
    expect(parts?.complete).toContain(`('uffici' | 'ufficio')`);
    expect(parts?.complete).toContain(`'cameriera'`);
    expect(parts?.complete?.split(' & (').length).toBeGreaterThan(1);
    expect(parts?.partial).toBeNull();
    expect(parts?.exact).toBe(`'camerire' & 'uffici'`);
  });

  it('keeps the word being typed apart, to be matched as a raw prefix', () => {
    const parts = buildTsQueries(analyseQuery('pulizie magaz'), new Map());
    expect(parts?.partial).toBe(`'magaz'`);
    expect(parts?.prefix).toBe(`'magaz':*`);
  });

  it('has nothing to build for an empty query', () => {
    expect(buildTsQueries(analyseQuery(''), new Map())).toBeNull();
  });
});
