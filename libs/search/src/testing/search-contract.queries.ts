import type { SearchIndexName } from '../search-documents.types.js';
import type { SearchQuery, SearchResult } from '../search-query.types.js';
import type { SearchContractContext } from './search-contract.js';
import { PLACES } from './search-contract.fixtures.js';

const idsOf = (result: SearchResult<SearchIndexName>) => result.hits.map((hit) => hit.document.id);

/** Searches, filters, facets, distance and isolation, on the fixtures loaded by the suite. */
export function describeQueryContract(ctx: () => SearchContractContext): void {
  const vacancies = (query: Omit<SearchQuery<'vacancies'>, 'organisationId'>) =>
    ctx().search.search('vacancies', { organisationId: ctx().org.a, pageSize: 50, ...query });
  const found = async (q: string) => idsOf(await vacancies({ q }));

  describe('text', () => {
    it('forgives a typo: "camerire" finds the "cameriere" and says which word matched', async () => {
      const { vacancies: v } = ctx();
      const result = await vacancies({ q: 'camerire' });
      expect(idsOf(result)).toContain(v.cameriere.id);
      const hit = result.hits.find((h) => h.document.id === v.cameriere.id);
      expect(hit?.matchedTerms).toContain('cameriere');
      const { pulizieScale, agricolo } = ctx().vacancies;
      expect(await found('scale condominali')).toEqual([pulizieScale.id]);
      expect(await found('sclae condominiali')).toEqual([pulizieScale.id]);
      expect(await found('operaio agricloa')).toEqual([agricolo.id]);
      expect(await found('scala condominio')).toEqual([]);
    });

    it('ignores accents: "caffe" finds "caffè"', async () => {
      const result = await vacancies({ q: 'caffe' });
      expect(idsOf(result)).toEqual([ctx().vacancies.barista.id]);
      expect(result.hits[0].matchedTerms).toContain('caffè');
    });

    it('joins singular and plural: pulizia and pulizie, ufficio and uffici', async () => {
      const { pulizieUffici, pulizieScale } = ctx().vacancies;
      expect(await found('pulizia')).toEqual(
        expect.arrayContaining([pulizieUffici.id, pulizieScale.id]),
      );
      expect(await found('pulizie')).toEqual(
        expect.arrayContaining([pulizieUffici.id, pulizieScale.id]),
      );
      expect(await found('ufficio')).toEqual([pulizieUffici.id]);
    });

    it('expands synonyms: badante finds assistente familiare, operatore socio sanitario finds OSS', async () => {
      const { assistente, oss } = ctx().vacancies;
      const result = await vacancies({ q: 'badante' });
      expect(idsOf(result)).toEqual([assistente.id]);
      expect(result.hits[0].matchedTerms).toEqual(
        expect.arrayContaining(['assistente', 'familiare']),
      );
      expect(await found('operatore socio sanitario')).toEqual([oss.id]);
    });

    it("drops elisions: dell'azienda finds azienda, and the other way round", async () => {
      const { agricolo } = ctx().vacancies;
      expect(await found("dell'azienda agricola")).toEqual([agricolo.id]);
      expect(await found('azienda')).toEqual([agricolo.id]);
    });

    it('needs every word: "pulizie uffici Cologno" finds only the offer in Cologno', async () => {
      expect(await found('pulizie uffici Cologno')).toEqual([ctx().vacancies.pulizieUffici.id]);
      expect(await found('badante notte')).toEqual([ctx().vacancies.assistente.id]);
      expect(await found('badante Brescia')).toEqual([]);
    });

    it('matches the word being typed as a prefix', async () => {
      expect(await found('magazz')).toEqual([ctx().vacancies.magazziniere.id]);
    });
  });

  describe('filters, facets, sorting and pages', () => {
    it('counts facets over every match', async () => {
      const all = await vacancies({ facets: ['contractType', 'kmZero'] });
      expect(all.total).toBe(8);
      expect(all.facets).toEqual({
        contractType: { 'A.01.00': 3, 'A.02.00': 3, 'A.05.02': 1, 'A.06.01': 1 },
        kmZero: { true: 2, false: 6 },
      });
      const cleaning = await vacancies({ q: 'pulizie', facets: ['kmZero', 'reservedL68'] });
      expect(cleaning.facets).toEqual({ kmZero: { true: 1, false: 1 }, reservedL68: {} });
    });

    it('combines filters with text and with each other', async () => {
      const { pulizieUffici, pulizieScale, assistente, oss, magazziniere } = ctx().vacancies;
      expect(idsOf(await vacancies({ q: 'pulizie', filters: { kmZero: true } }))).toEqual([
        pulizieUffici.id,
      ]);
      const listed = await vacancies({
        filters: { contractType: ['A.01.00', 'A.05.02'], kmZero: false },
      });
      expect(idsOf(listed).sort()).toEqual([pulizieScale.id, assistente.id, oss.id].sort());
      expect(idsOf(await vacancies({ filters: { reservedL68: 'DISABILITY' } }))).toEqual([
        magazziniere.id,
      ]);
      expect(idsOf(await vacancies({ filters: { contractType: [] } }))).toEqual([]);
    });

    it('filters dates by inclusive range and sorts by publication date', async () => {
      const v = ctx().vacancies;
      const recent = await vacancies({
        filters: { publishedAt: { from: '2025-03-01' } },
        sort: 'publishedAt:desc',
      });
      expect(idsOf(recent)).toEqual([
        v.oss.id,
        v.pulizieUffici.id,
        v.magazziniere.id,
        v.cameriere.id,
      ]);
      const newestFirst = await vacancies({});
      expect(idsOf(newestFirst)).toEqual([
        v.oss.id,
        v.pulizieUffici.id,
        v.magazziniere.id,
        v.cameriere.id,
        v.assistente.id,
        v.barista.id,
        v.pulizieScale.id,
        v.agricolo.id,
      ]);
      const oldestFirst = await vacancies({ sort: 'publishedAt:asc', pageSize: 1 });
      expect(idsOf(oldestFirst)).toEqual([v.agricolo.id]);
    });

    it('keeps only what is within the radius and sorts by distance', async () => {
      const v = ctx().vacancies;
      const { lat, lng } = PLACES.milanoDuomo;
      const near = await vacancies({ near: { lat, lng, radiusKm: 12 }, sort: 'distance' });
      expect(idsOf(near)).toEqual([v.cameriere.id, v.oss.id, v.barista.id, v.pulizieUffici.id]);
      const distances = near.hits.map((hit) => hit.distanceKm ?? Number.NaN);
      expect(distances).toEqual([...distances].sort((a, b) => a - b));
      expect(distances.every((km) => km >= 0 && km <= 12)).toBe(true);
      const textAndRadius = await vacancies({
        q: 'pulizie',
        near: { lat, lng, radiusKm: 12 },
        facets: ['kmZero'],
      });
      expect(idsOf(textAndRadius)).toEqual([v.pulizieUffici.id]);
      expect(textAndRadius.facets).toEqual({ kmZero: { true: 1 } });
    });

    it('pages through the results with a stable total', async () => {
      const pages = await Promise.all([1, 2, 3].map((page) => vacancies({ page, pageSize: 3 })));
      expect(pages.map((p) => p.total)).toEqual([8, 8, 8]);
      expect(pages.map((p) => p.hits.length)).toEqual([3, 3, 2]);
      expect(new Set(pages.flatMap(idsOf)).size).toBe(8);
      expect(pages[1]).toEqual(expect.objectContaining({ page: 2, pageSize: 3 }));
    });

    it('rejects a query it cannot answer', async () => {
      await expect(vacancies({ sort: 'distance' })).rejects.toMatchObject({
        code: 'SEARCH_INVALID_QUERY',
      });
      const unknownFilter = { filters: { health: 'x' } } as unknown as SearchQuery<'vacancies'>;
      await expect(vacancies(unknownFilter)).rejects.toMatchObject({
        code: 'SEARCH_INVALID_QUERY',
      });
    });
  });

  describe('other indexes and isolation', () => {
    it("never returns another organisation's documents, on any index", async () => {
      const { search, org, vacancies: v, companies, courses, candidates } = ctx();
      const all = { organisationId: org.a, pageSize: 100 };
      for (const index of ['vacancies', 'companies', 'courses', 'candidates'] as const) {
        const result = await search.search(index, all);
        expect(result.hits.length).toBeGreaterThan(0);
        expect(result.hits.every((hit) => hit.document.organisationId === org.a)).toBe(true);
      }
      expect(idsOf(await search.search('vacancies', { ...all, q: 'cameriere' }))).not.toContain(
        v.otherOrganisation.id,
      );
      expect(
        idsOf(await search.search('vacancies', { organisationId: org.b, q: 'cameriere' })),
      ).toEqual([v.otherOrganisation.id]);
      expect(idsOf(await search.search('companies', { ...all, q: 'ristorante' }))).toEqual([
        companies.restaurant.id,
      ]);
      expect(idsOf(await search.search('courses', { ...all, q: 'italiano' }))).toEqual([
        courses.italian.id,
      ]);
      expect(idsOf(await search.search('candidates', { ...all, q: 'giulia' }))).toEqual([
        candidates.giulia.id,
      ]);
      expect(idsOf(await search.search('candidates', { ...all, q: 'pulizie' }))).toEqual([
        candidates.giulia.id,
      ]);
    });

    it('filters and counts companies by their Law 68 status, and courses by kind', async () => {
      const { search, org, companies, courses } = ctx();
      const uncovered = await search.search('companies', {
        organisationId: org.a,
        filters: { l68Status: 'UNCOVERED' },
        facets: ['l68Status'],
      });
      expect(idsOf(uncovered)).toEqual([companies.logistics.id]);
      expect(uncovered.facets).toEqual({ l68Status: { UNCOVERED: 1 } });
      const italian = await search.search('courses', {
        organisationId: org.a,
        filters: { kind: 'ITALIAN_COURSE', cefrLevel: ['A1', 'A2'] },
      });
      expect(idsOf(italian)).toEqual([courses.italian.id]);
      const cooking = await search.search('courses', { organisationId: org.a, q: 'cucina haccp' });
      expect(idsOf(cooking)).toEqual([courses.haccp.id]);
    });
  });
}
