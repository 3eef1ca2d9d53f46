import { createTestDatabase, dropTestDatabase, testConfig, uniqueTestName } from '#libs/testing';
import type { DataSource } from 'typeorm';
import {
  MILANO,
  MUNICIPIO_2,
  seedCompany,
  seedOrganisation,
  seedVacancy,
} from '../testing/bulletin.fixtures.js';
import { PostgresPersonalMatchesSource } from './personal-matches.source.js';

/** Monday 23 November 2026, 08:00 in Rome. */
const NOW = new Date('2026-11-23T07:00:00Z');

describe('a candidate’s own matches in their copy (PostgreSQL)', () => {
  const config = testConfig(uniqueTestName('bulletin_personal'));
  let db: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase(config, { vocabulary: false });
  });
  afterAll(() => dropTestDatabase(config, db));

  it('offers only open vacancies: not one past its expiry date, nor one closed', async () => {
    const organisationId = await seedOrganisation(db);
    const { companyId, siteId } = await seedCompany(db, organisationId);
    const owner = { organisationId, companyId, siteId };
    const ids = {
      open: await seedVacancy(db, owner, { title: 'Aiuto cuoco', publishedOn: '2026-11-20' }),
      expiresToday: await seedVacancy(db, owner, {
        title: 'Barista',
        publishedOn: '2026-11-10',
        expiresOn: '2026-11-23',
      }),
      expiredYesterday: await seedVacancy(db, owner, {
        title: 'Magazziniere',
        publishedOn: '2026-11-10',
        expiresOn: '2026-11-22',
      }),
      closed: await seedVacancy(db, owner, {
        title: 'Lavapiatti',
        publishedOn: '2026-11-10',
        status: 'CLOSED',
      }),
    };
    const [candidate]: { id: string }[] = await db.query(
      `INSERT INTO candidates (organisation_id, first_name, last_name, birth_date,
          home_municipality_code, home_lat, home_lng, max_travel_km, italian_level,
          right_to_work_kind, legal_basis, consent)
       VALUES ($1, 'Amina', 'Haddad', '1985-12-10', $2, $3, $4, 8, 'A2', 'EU', 'CONSENT',
          '{"bulletin": true}')
       RETURNING id`,
      [organisationId, MILANO.code, MUNICIPIO_2.lat, MUNICIPIO_2.lng],
    );
    for (const [rank, vacancyId] of Object.values(ids).entries()) {
      await db.query(
        `INSERT INTO matches (candidate_id, vacancy_id, organisation_id, score,
            for_candidate, distance_km, contract_type, km_zero)
         VALUES ($1, $2, $3, $4, true, 1.2, 'A.02.00', false)`,
        [candidate.id, vacancyId, organisationId, 90 - rank],
      );
    }

    const offers = await new PostgresPersonalMatchesSource(db).forCandidate(
      organisationId,
      candidate.id,
      NOW,
    );

    expect(offers?.map((offer) => offer.id)).toEqual([ids.open, ids.expiresToday]);
  });

  it('offers the vacancies shared with the organisation in a network, best first', async () => {
    const organisationId = await seedOrganisation(db);
    const partnerId = await seedOrganisation(db);
    const own = { organisationId, ...(await seedCompany(db, organisationId)) };
    const partner = { organisationId: partnerId, ...(await seedCompany(db, partnerId)) };
    const [network]: { id: string }[] = await db.query(
      `INSERT INTO networks (name, coordinator_organisation_id) VALUES ('Rete Est', $1) RETURNING id`,
      [organisationId],
    );
    await db.query(
      `INSERT INTO network_members (network_id, organisation_id) VALUES ($1, $2), ($1, $3)`,
      [network.id, organisationId, partnerId],
    );
    const ids = {
      own: await seedVacancy(db, own, { title: 'Aiuto cuoco', publishedOn: '2026-11-20' }),
      shared: await seedVacancy(db, partner, { title: 'Commessa', publishedOn: '2026-11-20' }),
      notShared: await seedVacancy(db, partner, { title: 'Barista', publishedOn: '2026-11-20' }),
    };
    await db.query(`INSERT INTO vacancy_networks (vacancy_id, network_id) VALUES ($1, $2)`, [
      ids.shared,
      network.id,
    ]);
    const [candidate]: { id: string }[] = await db.query(
      `INSERT INTO candidates (organisation_id, first_name, last_name, birth_date,
          home_municipality_code, home_lat, home_lng, max_travel_km, italian_level,
          right_to_work_kind, legal_basis, consent)
       VALUES ($1, 'Amina', 'Haddad', '1985-12-10', $2, $3, $4, 8, 'A2', 'EU', 'CONSENT',
          '{"bulletin": true}')
       RETURNING id`,
      [organisationId, MILANO.code, MUNICIPIO_2.lat, MUNICIPIO_2.lng],
    );
    // A stored pair belongs to the person's organisation, whoever published the vacancy.
    for (const [vacancyId, score] of [
      [ids.own, 70],
      [ids.shared, 80],
      [ids.notShared, 90],
    ] as const) {
      await db.query(
        `INSERT INTO matches (candidate_id, vacancy_id, organisation_id, score,
            for_candidate, distance_km, contract_type, km_zero)
         VALUES ($1, $2, $3, $4, true, 1.2, 'A.02.00', false)`,
        [candidate.id, vacancyId, organisationId, score],
      );
    }

    const offers = await new PostgresPersonalMatchesSource(db).forCandidate(
      organisationId,
      candidate.id,
      NOW,
    );

    expect(offers?.map((offer) => offer.id)).toEqual([ids.shared, ids.own]);
  });
});
