import { createTestDatabase, dropTestDatabase, testConfig, uniqueTestName } from '#libs/testing';
import type { DataSource } from 'typeorm';
import { contractOrganisations, PLACES, vacancy } from '../testing/search-contract.fixtures.js';
import { PostgresSearchAdapter } from './postgres-search.adapter.js';

/** The vocabulary follows the documents: a deleted document's own words leave it, shared ones stay. */
describe('PostgreSQL search vocabulary', () => {
  const config = testConfig(uniqueTestName('search_vocabulary'));
  let dataSource: DataSource;
  let search: PostgresSearchAdapter;

  beforeAll(async () => {
    dataSource = await createTestDatabase(config, { municipalities: false, vocabulary: false });
    search = new PostgresSearchAdapter(dataSource);
  });
  afterAll(() => dropTestDatabase(config, dataSource));

  const terms = async (): Promise<string[]> =>
    (
      (await dataSource.query(
        `SELECT term FROM search_terms WHERE index_name = 'vacancies' ORDER BY term`,
      )) as { term: string }[]
    ).map((row) => row.term);

  it('drops the words no remaining document holds, and keeps the others', async () => {
    const org = contractOrganisations();
    const common = { contractType: 'A.02.00', publishedAt: '2026-11-02' } as const;
    const gone = vacancy(org.a, PLACES.milanoDuomo, {
      ...common,
      title: 'Cameriere Zanzibarotti Rossi',
    });
    const kept = vacancy(org.b, PLACES.milanoDuomo, {
      ...common,
      title: 'Cameriere di sala rosso',
    });
    await search.upsert('vacancies', [gone, kept]);
    expect(await terms()).toEqual(
      expect.arrayContaining(['cameriere', 'zanzibarotti', 'rossi', 'rosso', 'sala']),
    );

    await search.delete('vacancies', [gone.id]);

    const after = await terms();
    expect(after).not.toContain('zanzibarotti');
    // Same stem as "rosso", which stays: the word itself is gone.
    expect(after).not.toContain('rossi');
    expect(after).toEqual(expect.arrayContaining(['cameriere', 'sala', 'rosso']));
    const typo = await search.search('vacancies', { organisationId: org.b, q: 'camerire' });
    expect(typo.hits.map((hit) => hit.document.id)).toEqual([kept.id]);
  });
});
