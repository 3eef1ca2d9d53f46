import { asOrganisationId } from '#libs/platform';
import { PostgresSearchAdapter, SearchOutbox } from '#libs/search';
import { createTestDatabase, dropTestDatabase, testConfig, uniqueTestName } from '#libs/testing';
import type { DataSource } from 'typeorm';
import { ReindexUseCase } from './reindex.use-case.js';
import { SearchSourcesRepository } from './search-sources.repository.js';
import { loadVacancyDocuments } from './vacancy-documents.loader.js';

/** Today and the days around it in Europe/Rome, as PostgreSQL computes them. */
const ROME_DAY = (offset: number) => `((now() AT TIME ZONE 'Europe/Rome')::date + ${offset})`;

describe('vacancies in the search index, as days pass (integration)', () => {
  const config = testConfig(uniqueTestName('reindex_expiry'));
  let db: DataSource;
  let search: PostgresSearchAdapter;
  let organisationId: ReturnType<typeof asOrganisationId>;
  let companyId: string;
  let siteId: string;

  beforeAll(async () => {
    db = await createTestDatabase(config, { vocabulary: false });
    search = new PostgresSearchAdapter(db);
    const [organisation] = await db.query(
      `INSERT INTO organisations (name, kind) VALUES ('Consorzio', 'CONSORTIUM') RETURNING id`,
    );
    organisationId = asOrganisationId(organisation.id);
    const [company] = await db.query(
      `INSERT INTO companies (organisation_id, name, vat_number) VALUES ($1, 'Trattoria', '01234567890')
       RETURNING id`,
      [organisationId],
    );
    companyId = company.id;
    const [site] = await db.query(
      `INSERT INTO company_sites (company_id, organisation_id, name, address, municipality_code, lat, lng)
       VALUES ($1, $2, 'Sede', 'Via Padova 36', '015146', 45.4858, 9.2163) RETURNING id`,
      [companyId, organisationId],
    );
    siteId = site.id;
  });
  afterAll(() => dropTestDatabase(config, db));

  async function seedVacancy(title: string, expiresAt: string): Promise<string> {
    const [row] = await db.query(
      `INSERT INTO vacancies (organisation_id, company_id, site_id, title, min_italian_level,
          contract_type, source, status, published_at, expires_at, municipality_code, site_lat, site_lng)
       VALUES ($1, $2, $3, $4, 'A2', 'A.02.00', 'OPEN_MARKET', 'OPEN', ${ROME_DAY(-30)},
          ${expiresAt}, '015146', 45.4858, 9.2163)
       RETURNING id`,
      [organisationId, companyId, siteId, title],
    );
    return row.id;
  }
  const indexedIds = async () =>
    (await search.search('vacancies', { organisationId, pageSize: 100 })).hits
      .map((hit) => hit.document.id)
      .sort();

  it('loads no document for a vacancy past its expiry date, and one for a vacancy expiring today', async () => {
    const expired = await seedVacancy('Magazziniere', ROME_DAY(-1));
    const lastDay = await seedVacancy('Barista', ROME_DAY(0));
    const documents = await loadVacancyDocuments([expired, lastDay], db.manager);
    expect(documents.get(expired)).toBeNull();
    expect(documents.get(lastDay)).toMatchObject({ id: lastDay, title: 'Barista' });
    await db.query(`DELETE FROM vacancies`);
  });

  it('drops a vacancy from the index in the nightly rebuild once its expiry date has passed', async () => {
    const lasting = await seedVacancy('Aiuto cuoco', 'NULL');
    const expiring = await seedVacancy('Lavapiatti', ROME_DAY(1));
    const reindex = new ReindexUseCase(
      new SearchSourcesRepository(db),
      new SearchOutbox(db, search),
      search,
    );
    await reindex.execute(['vacancies']);
    expect(await indexedIds()).toEqual([lasting, expiring].sort());

    // Two days later, with no change to the record: only the date has passed.
    await db.query(`UPDATE vacancies SET expires_at = ${ROME_DAY(-1)} WHERE id = $1`, [expiring]);
    await reindex.execute(['vacancies']);

    expect(await indexedIds()).toEqual([lasting]);
  });
});
