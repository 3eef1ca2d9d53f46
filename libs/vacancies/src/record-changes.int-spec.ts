import { randomUUID } from 'node:crypto';
import { Test, type TestingModule } from '@nestjs/testing';
import {
  ArchiveCompanyUseCase,
  CompaniesModule,
  CreateCompanyUseCase,
  UpdateCompanyUseCase,
} from '#libs/companies';
import {
  type Actor,
  asOrganisationId,
  ConfigModule,
  DatabaseModule,
  type RecordChange,
  RecordChanges,
  RecordChangesModule,
} from '#libs/platform';
import { seedStarterVocabulary } from '#libs/taxonomy';
import { createTestDatabase, dropTestDatabase, testConfig, uniqueTestName } from '#libs/testing';
import type { DataSource, EntityManager } from 'typeorm';
import { ArchiveVacancyUseCase } from './use-cases/archive-vacancy.use-case.js';
import { CreateVacancyUseCase } from './use-cases/create-vacancy.use-case.js';
import { VacanciesModule } from './vacancies.module.js';

/** Stands in for the outbox: remembers each change and whether a transaction was open. */
class RecordingChanges extends RecordChanges {
  seen: Array<RecordChange & { inTransaction: boolean }> = [];
  failNext = false;

  async recorded(manager: EntityManager, change: RecordChange): Promise<void> {
    this.seen.push({ ...change, inTransaction: manager.queryRunner?.isTransactionActive ?? false });
    if (this.failNext) {
      this.failNext = false;
      throw new Error('outbox non disponibile');
    }
  }
}

describe('record changes of companies and vacancies (integration)', () => {
  const config = testConfig(uniqueTestName('record_changes'));
  const recorder = new RecordingChanges();
  let db: DataSource;
  let moduleRef: TestingModule;
  let actor: Actor;

  beforeAll(async () => {
    db = await createTestDatabase(config);
    await seedStarterVocabulary(db);
    const [{ id }] = await db.query(
      `INSERT INTO organisations (name, kind) VALUES ('Consorzio', 'CONSORTIUM') RETURNING id`,
    );
    actor = { userId: randomUUID(), organisationId: asOrganisationId(id), role: 'consultant' };
    moduleRef = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        RecordChangesModule,
        CompaniesModule,
        VacanciesModule,
      ],
    })
      .overrideProvider(RecordChanges)
      .useValue(recorder)
      .compile();
    await moduleRef.init();
  });
  afterAll(async () => {
    await moduleRef?.close();
    await dropTestDatabase(config, db);
  });
  beforeEach(() => {
    recorder.seen = [];
  });

  const newCompany = (vatNumber: string) =>
    moduleRef.get(CreateCompanyUseCase).execute(actor, {
      name: 'Trattoria',
      vatNumber,
      sites: [{ address: 'Via Padova 36', municipalityCode: '015146', legalSeat: true }],
    });
  const count = async (table: string) =>
    (await db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

  it('records a new company inside the transaction that writes it', async () => {
    const company = await newCompany('12345678903');
    expect(recorder.seen).toEqual([
      {
        type: 'company',
        id: company.id,
        organisationId: actor.organisationId,
        kind: 'upsert',
        inTransaction: true,
      },
    ]);
  });

  it('writes nothing when the change cannot be recorded', async () => {
    const before = [await count('companies'), await count('company_sites')];
    recorder.failNext = true;
    await expect(newCompany('19000000000')).rejects.toThrow('outbox non disponibile');
    expect([await count('companies'), await count('company_sites')]).toEqual(before);
  });

  it('records vacancies created, moved with their site and archived, and an archived company', async () => {
    const company = await newCompany('10000000009');
    const vacancy = await moduleRef.get(CreateVacancyUseCase).execute(actor, {
      companyId: company.id,
      siteId: company.sites[0].id,
      title: 'Aiuto cuoco',
      occupationText: 'aiuto cuoco',
      minItalianLevel: 'A2',
      contractType: 'A.02.00',
      source: 'PARTNER',
    });
    const site = company.sites[0];
    await moduleRef.get(UpdateCompanyUseCase).execute(actor, company.id, {
      sites: [{ id: site.id, address: site.address, municipalityCode: '015142', legalSeat: true }],
    });
    await moduleRef.get(ArchiveVacancyUseCase).execute(actor, vacancy.id);
    await moduleRef.get(ArchiveCompanyUseCase).execute(actor, company.id);

    expect(
      recorder.seen.map(({ type, id, kind, inTransaction }) => ({ type, id, kind, inTransaction })),
    ).toEqual([
      { type: 'company', id: company.id, kind: 'upsert', inTransaction: true },
      { type: 'vacancy', id: vacancy.id, kind: 'upsert', inTransaction: true },
      { type: 'vacancy', id: vacancy.id, kind: 'upsert', inTransaction: true },
      { type: 'company', id: company.id, kind: 'upsert', inTransaction: true },
      { type: 'vacancy', id: vacancy.id, kind: 'delete', inTransaction: true },
      { type: 'company', id: company.id, kind: 'delete', inTransaction: true },
    ]);
  });

  it('refuses to archive a company while it has a draft or an open vacancy, not an expired one', async () => {
    const company = await newCompany('10000000017');
    const vacancy = await moduleRef.get(CreateVacancyUseCase).execute(actor, {
      companyId: company.id,
      siteId: company.sites[0].id,
      title: 'Lavapiatti',
      occupationText: 'lavapiatti',
      minItalianLevel: 'A2',
      contractType: 'A.02.00',
      source: 'PARTNER',
    });
    const archive = () => moduleRef.get(ArchiveCompanyUseCase).execute(actor, company.id);
    const setVacancy = (set: string) =>
      db.query(`UPDATE vacancies SET ${set} WHERE id = $1`, [vacancy.id]);
    const today = `(now() AT TIME ZONE 'Europe/Rome')::date`;

    for (const still of [`status = 'DRAFT'`, `status = 'OPEN', expires_at = ${today}`]) {
      await setVacancy(still);
      await expect(archive()).rejects.toMatchObject({ code: 'COMPANY_HAS_OPEN_VACANCIES' });
    }
    await setVacancy(`status = 'OPEN', published_at = ${today} - 10, expires_at = ${today} - 1`);
    expect((await archive()).archivedAt).not.toBeNull();
  });
});
