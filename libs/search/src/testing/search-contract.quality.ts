import type { SearchIndexName } from '../search-documents.types.js';
import type { SearchResult } from '../search-query.types.js';
import type { SearchContractContext } from './search-contract.js';

const idsOf = (result: SearchResult<SearchIndexName>) => result.hits.map((hit) => hit.document.id);

/**
 * Italian search quality (issue #13), on organisation D's vacancies: stop words count when nothing
 * else was typed, the stemmer's false friends stay apart, equal scores keep one order.
 */
export function describeQualityContract(ctx: () => SearchContractContext): void {
  const search = (q: string, pageSize = 50) =>
    ctx().search.search('vacancies', { organisationId: ctx().org.d, q, pageSize });
  const found = async (q: string) => idsOf(await search(q));

  describe('Italian search quality', () => {
    it('searches a query made only of stop words as words: "perche" finds "perché" and nothing else', async () => {
      const { reception } = ctx().quality;
      for (const q of ['perche', 'perché', 'Perchè ']) {
        const result = await search(q);
        expect(idsOf(result)).toEqual([reception.id]);
        expect(result.hits[0].matchedTerms).toEqual(['perché']);
      }
    });

    it('keeps apart the words the Italian stemmer joins: "cassiere" does not find "casse di frutta"', async () => {
      const { cashier, porter, rooms } = ctx().quality;
      expect(await found('cassiere')).toEqual([cashier.id]);
      expect(await found('cassiere ')).toEqual([cashier.id]);
      expect(await found('cassa ')).toEqual([porter.id]);
      expect(await found('cameriere ')).not.toContain(rooms.id);
    });

    it('joins the forms of one word the stemmer splits: "operaio" finds "operai"', async () => {
      expect(await found('operaio ')).toEqual([ctx().quality.workers.id]);
    });

    it('gives the same order twice among equal scores: newest first, then by id', async () => {
      const { sameScore } = ctx().quality;
      const expected = [...sameScore]
        .sort((a, b) =>
          a.publishedAt === b.publishedAt
            ? a.id.localeCompare(b.id)
            : b.publishedAt.localeCompare(a.publishedAt),
        )
        .map((vacancy) => vacancy.id);
      expect(await found('ecologico')).toEqual(expected);
      expect(await found('ecologico')).toEqual(expected);
      const pages = [await search('ecologico', 5), await search('ecologico', 5)];
      expect(pages.map(idsOf)).toEqual([expected.slice(0, 5), expected.slice(0, 5)]);
    });
  });
}
