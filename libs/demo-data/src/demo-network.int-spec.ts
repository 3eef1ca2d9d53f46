import { createTestDatabase, dropTestDatabase, testConfig, uniqueTestName } from '#libs/testing';
import { vacancyVisibleToOrganisationSql } from '#libs/vacancies';
import type { DataSource } from 'typeorm';
import { generateDemoData } from './index.js';

const config = testConfig(uniqueTestName('demo_network'));
let db: DataSource;

beforeAll(async () => {
  db = await createTestDatabase(config);
}, 60_000);
afterAll(() => dropTestDatabase(config, db));

describe('demo data in one network', () => {
  it('puts every organisation in one network and shares the asked part of their vacancies', async () => {
    const result = await generateDemoData(db, {
      organisations: 3,
      candidates: 30,
      companies: 12,
      vacancies: 200,
      seed: 'rete',
      today: '2026-03-16',
      password: 'password-di-prova-lunga',
      dataCipher: config.dataCipher,
      network: { name: 'Rete di prova', sharedVacancies: 0.5 },
    });
    const [network]: Array<{ id: string; members: number; coordinator: string }> = await db.query(
      `SELECT n.id, n.coordinator_organisation_id AS coordinator,
              (SELECT count(*)::int FROM network_members m WHERE m.network_id = n.id) AS members
         FROM networks n`,
    );
    expect(network.members).toBe(3);
    const shared = result.counts.vacancy_networks;
    expect(shared).toBeGreaterThan(60);
    expect(shared).toBeLessThan(140);
    // Another organisation sees exactly the shared vacancies of the first one, through the shared rule.
    const [{ seen, sharedOfFirst }]: Array<{ seen: number; sharedOfFirst: number }> =
      await db.query(
        `SELECT count(*) FILTER (WHERE ${vacancyVisibleToOrganisationSql('v', 'o.id')})::int AS seen,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM vacancy_networks s WHERE s.vacancy_id = v.id))::int
                AS "sharedOfFirst"
         FROM vacancies v, organisations o
        WHERE v.organisation_id = $1 AND o.id <> $1`,
        [network.coordinator],
      );
    expect(seen).toBe(sharedOfFirst);
    expect(sharedOfFirst).toBeGreaterThan(0);
  });
});
