import { randomUUID } from 'node:crypto';
import type { SearchDocumentLoaders } from '../outbox/search-outbox.service.js';
import { SearchOutbox } from '../outbox/search-outbox.service.js';
import type {
  CandidateDocument,
  CourseDocument,
  VacancyDocument,
} from '../search-documents.types.js';
import type { SearchContractContext } from './search-contract.js';
import { FailingSearchPort } from './failing-search.port.js';
import { contractCourses, PLACES, vacancy } from './search-contract.fixtures.js';

/** Writes, the outbox and reindexing, on organisation C (and, for reindex, a whole index). */
export function describeSyncContract(ctx: () => SearchContractContext): void {
  const findC = async (q: string) => {
    const { search, org } = ctx();
    const result = await search.search('vacancies', { organisationId: org.c, q });
    return result.hits.map((hit) => hit.document.id);
  };
  const newVacancy = (title: string) =>
    vacancy(ctx().org.c, PLACES.sesto, {
      title,
      contractType: 'A.02.00',
      publishedAt: '2025-04-01',
    });

  /** The "database" the loader reads: the current state of each record, null once deleted. */
  const source = new Map<string, VacancyDocument | null>();
  const loads: string[][] = [];
  const loaders: SearchDocumentLoaders = {
    vacancies: async (ids) => {
      loads.push([...ids]);
      return new Map(ids.map((id) => [id, source.get(id) ?? null]));
    },
  };
  const enqueue = (document: VacancyDocument) =>
    ctx().dataSource.transaction((manager) =>
      ctx().outbox.enqueue(manager, 'vacancies', document.id, document.organisationId),
    );

  describe('writes', () => {
    it('upserts idempotently and replaces a changed document', async () => {
      const { search, org } = ctx();
      const document = newVacancy('Facchino notturno');
      await search.upsert('vacancies', [document]);
      await search.upsert('vacancies', [document, document]);
      expect((await search.search('vacancies', { organisationId: org.c })).total).toBe(1);
      await search.upsert('vacancies', [{ ...document, title: 'Magazziniere notturno' }]);
      expect(await findC('facchino')).toEqual([]);
      expect(await findC('magazziniere')).toEqual([document.id]);
      await search.delete('vacancies', [document.id]);
      expect((await search.search('vacancies', { organisationId: org.c })).total).toBe(0);
    });

    it('never indexes fields a document does not declare', async () => {
      const { search, org } = ctx();
      const leaky = {
        id: randomUUID(),
        organisationId: org.c,
        fullName: 'Amina Ndiaye',
        municipalityCode: PLACES.milanoDuomo.code,
        municipalityName: 'Milano',
        italianLevel: 'A2',
        skills: [],
        occupations: ['Badante'],
        healthNotes: 'schizofrenia',
        targetGroups: ['ASYLUM'],
      } as unknown as CandidateDocument;
      await search.upsert('candidates', [leaky]);
      const query = { organisationId: org.c };
      expect((await search.search('candidates', { ...query, q: 'schizofrenia' })).total).toBe(0);
      const [hit] = (await search.search('candidates', { ...query, q: 'amina' })).hits;
      expect(Object.keys(hit.document).sort()).toEqual([
        'fullName',
        'id',
        'italianLevel',
        'municipalityCode',
        'municipalityName',
        'occupations',
        'organisationId',
        'skills',
      ]);
    });
  });

  describe('outbox', () => {
    it('syncs a change and then a deletion through the outbox', async () => {
      const document = newVacancy('Aiuto cuoco mensa');
      source.set(document.id, document);
      await enqueue(document);
      expect(await ctx().outbox.drain({ loadDocuments: loaders })).toEqual({
        drained: 1,
        records: 1,
        upserted: 1,
        deleted: 0,
      });
      expect(await findC('aiuto cucina')).toEqual([document.id]);
      source.set(document.id, null);
      await enqueue(document);
      expect(await ctx().outbox.drainAll({ loadDocuments: loaders })).toEqual({
        drained: 1,
        records: 1,
        upserted: 0,
        deleted: 1,
      });
      expect(await findC('aiuto cuoco')).toEqual([]);
      expect(await ctx().outbox.pending()).toBe(0);
    });

    it('collapses repeated changes of a record into one read and one write', async () => {
      const first = newVacancy('Lavapiatti');
      const second = newVacancy('Commessa banco gastronomia');
      source.set(first.id, first);
      source.set(second.id, second);
      for (const document of [first, first, second, first]) await enqueue(document);
      loads.length = 0;
      const report = await ctx().outbox.drain({ batchSize: 100, loadDocuments: loaders });
      expect(report).toEqual({ drained: 4, records: 2, upserted: 2, deleted: 0 });
      expect(loads).toEqual([[first.id, second.id]]);
      expect(await findC('lavapiatti')).toEqual([first.id]);
      expect(await findC('addetta vendite')).toEqual([second.id]);
    });

    it('keeps the rows while the backend is down and delivers them when it is back', async () => {
      const document = newVacancy('Custode portineria');
      source.set(document.id, document);
      await enqueue(document);
      const broken = new SearchOutbox(ctx().dataSource, new FailingSearchPort(ctx().search));
      await expect(broken.drain({ loadDocuments: loaders })).rejects.toMatchObject({
        code: 'SEARCH_UNAVAILABLE',
      });
      expect(await ctx().outbox.pending()).toBe(1);
      expect(await findC('custode')).toEqual([]);
      await ctx().outbox.drainAll({ loadDocuments: loaders });
      expect(await ctx().outbox.pending()).toBe(0);
      expect(await findC('portiere')).toEqual([document.id]);
    });

    it('enqueues nothing when the business transaction rolls back', async () => {
      const document = newVacancy('Giardiniere');
      const failing = ctx().dataSource.transaction(async (manager) => {
        await ctx().outbox.enqueue(manager, 'vacancies', document.id, document.organisationId);
        throw new Error('la modifica del record fallisce');
      });
      await expect(failing).rejects.toThrow('la modifica del record fallisce');
      expect(await ctx().outbox.pending()).toBe(0);
    });
  });

  describe('reindex', () => {
    it('replaces the whole index and leaves the others alone', async () => {
      const { search, org, courses } = ctx();
      const fresh = contractCourses(org);
      async function* batches(): AsyncIterable<CourseDocument[]> {
        yield [fresh.italian];
        yield [fresh.otherOrganisation];
      }
      expect(await search.reindex('courses', batches())).toEqual({ indexed: 2 });
      const listed = await search.search('courses', { organisationId: org.a });
      expect(listed.hits.map((hit) => hit.document.id)).toEqual([fresh.italian.id]);
      const old = await search.search('courses', { organisationId: org.a, q: 'haccp' });
      expect(old.total).toBe(0);
      expect(courses.haccp.id).not.toBe(fresh.italian.id);
      expect((await search.search('vacancies', { organisationId: org.a })).total).toBe(8);
    });
  });
}
