import { openCandidateSensitive } from '#libs/candidates';
import { loadConfig } from '#libs/platform';
import { distanceKm, isClockTime, isCefrLevel } from '#libs/kernel';
import { createTestDatabase, dropTestDatabase, testConfig, uniqueTestName } from '#libs/testing';
import type { DataSource } from 'typeorm';
import { PasswordHasher } from '#libs/accounts';
import { isValidVatNumber } from '#libs/kernel';
import { generateDemoData, isDatabaseEmpty, type DemoDataResult } from './index.js';

const SIZE = { organisations: 3, candidates: 300, companies: 60, vacancies: 120 };
const OPTIONS = {
  ...SIZE,
  seed: 'incrocio-demo',
  password: 'demo-password-lunga',
  // Every test configuration seals with the same fixed test key.
  dataCipher: loadConfig({ NODE_ENV: 'test' }).dataCipher,
  today: '2026-03-02',
};

describe('demo data generator', () => {
  const first = testConfig(uniqueTestName('demo_a'));
  const second = testConfig(uniqueTestName('demo_b'));
  let db: DataSource;
  let twin: DataSource;
  let result: DemoDataResult;
  const rows = (sql: string) => db.query(sql) as Promise<Record<string, unknown>[]>;
  const count = async (sql: string) => Number((await rows(sql))[0].count);

  beforeAll(async () => {
    [db, twin] = await Promise.all([createTestDatabase(first), createTestDatabase(second)]);
    expect(await isDatabaseEmpty(db)).toBe(true);
    result = await generateDemoData(db, OPTIONS);
    await generateDemoData(twin, { ...OPTIONS, connections: 2 });
  }, 120_000);
  afterAll(() => Promise.all([dropTestDatabase(first, db), dropTestDatabase(second, twin)]));

  it('writes the requested numbers of rows and reports them', async () => {
    expect(result.counts).toMatchObject({ ...SIZE, users: 21 });
    expect(await count('SELECT count(*) FROM candidates')).toBe(300);
    expect(await count('SELECT count(*) FROM vacancies')).toBe(120);
    const sites = await count('SELECT count(*) FROM company_sites');
    expect(sites).toBe(result.counts.company_sites);
    expect(sites).toBeGreaterThanOrEqual(60);
    expect(sites).toBeLessThanOrEqual(180);
    expect(await isDatabaseEmpty(db)).toBe(false);
  });

  it('refuses to seed a database that is not empty', async () => {
    await expect(generateDemoData(db, OPTIONS)).rejects.toMatchObject({
      code: 'DATABASE_NOT_EMPTY',
    });
    expect(await count('SELECT count(*) FROM candidates')).toBe(300);
  });

  it('gives each organisation its staff with predictable e-mails and the shared password', async () => {
    const staff = await rows(
      `SELECT o.kind, u.role, count(*)::int AS n FROM users u JOIN organisations o ON o.id = u.organisation_id GROUP BY 1, 2`,
    );
    for (const kind of ['CONSORTIUM', 'COOPERATIVE', 'AMBITO_SERVICE']) {
      const byRole = Object.fromEntries(
        staff.filter((s) => s.kind === kind).map((s) => [s.role, s.n]),
      );
      expect(byRole).toEqual({ admin: 1, coordinator: 1, tutor: 3, consultant: 2 });
    }
    const tutor = result.accounts.find((a) => a.role === 'tutor');
    expect(tutor?.email).toMatch(/^tutor1@[a-z0-9-]+\.example\.org$/);
    const [{ password_hash }] = await rows(
      `SELECT password_hash FROM users WHERE email = '${tutor?.email}'`,
    );
    expect(await new PasswordHasher().verify(String(password_hash), OPTIONS.password)).toBe(true);
  });

  it('places every candidate in a Lombard municipality, near its centroid', async () => {
    const homes = await rows(
      `SELECT m.region, m.lat, m.lng, c.home_lat, c.home_lng FROM candidates c JOIN municipalities m ON m.istat_code = c.home_municipality_code`,
    );
    expect(homes).toHaveLength(300);
    for (const home of homes) {
      expect(home.region).toBe('Lombardia');
      const km = distanceKm(
        { lat: Number(home.lat), lng: Number(home.lng) },
        { lat: Number(home.home_lat), lng: Number(home.home_lng) },
      );
      expect(km).toBeLessThanOrEqual(5.01);
    }
  });

  it('assigns candidates only to tutors of their own organisation', async () => {
    expect(
      await count(`SELECT count(*) FROM candidates c, unnest(c.assigned_tutor_ids) t(id)
        WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = t.id AND u.role = 'tutor' AND u.organisation_id = c.organisation_id)`),
    ).toBe(0);
    expect(
      await count(`SELECT count(*) FROM candidates WHERE cardinality(assigned_tutor_ids) > 0`),
    ).toBeGreaterThan(250);
  });

  it('keeps every vacancy at a site of its company, in its organisation, with the site’s place', async () => {
    expect(
      await count(`SELECT count(*) FROM vacancies v JOIN company_sites s ON s.id = v.site_id JOIN companies c ON c.id = v.company_id
        WHERE s.company_id <> v.company_id OR s.organisation_id <> v.organisation_id OR c.organisation_id <> v.organisation_id
           OR v.municipality_code <> s.municipality_code OR v.site_lat <> s.lat OR v.site_lng <> s.lng`),
    ).toBe(0);
    expect(
      await count(
        `SELECT count(*) FROM companies c WHERE (SELECT count(*) FROM company_sites s WHERE s.company_id = c.id AND s.legal_seat) <> 1`,
      ),
    ).toBe(0);
  });

  it('writes vacancies a tutor would recognise', async () => {
    const vacancies = await rows(
      `SELECT v.*, c.headcount, c.km_zero AS company_km_zero FROM vacancies v JOIN companies c ON c.id = v.company_id`,
    );
    for (const v of vacancies) {
      expect(isCefrLevel(v.min_italian_level)).toBe(true);
      for (const shift of v.shifts as { start: string; end: string }[])
        expect(isClockTime(shift.start) && (isClockTime(shift.end) || shift.end === '24:00')).toBe(
          true,
        );
      if (v.reserved_l68) expect(Number(v.headcount)).toBeGreaterThanOrEqual(15);
      if (v.km_zero) expect(v.company_km_zero).toBe(true);
    }
    expect(
      await count(`SELECT count(*) FROM vacancies WHERE published_at NOT BETWEEN date '2026-03-02' - 60 AND date '2026-03-02'
      OR expires_at NOT BETWEEN date '2026-03-02' AND date '2026-03-02' + 60`),
    ).toBe(0);
    expect(vacancies.filter((v) => v.status === 'OPEN').length).toBeGreaterThan(90);
    expect(vacancies.filter((v) => v.contract_type === 'A.02.00').length).toBeGreaterThan(30);
  });

  it('gives every company a valid partita IVA, unique in its organisation', async () => {
    const companies = await rows(
      `SELECT organisation_id, vat_number, headcount, km_zero FROM companies`,
    );
    expect(companies.every((c) => isValidVatNumber(String(c.vat_number)))).toBe(true);
    expect(new Set(companies.map((c) => `${c.organisation_id}/${c.vat_number}`)).size).toBe(60);
    expect(companies.filter((c) => Number(c.headcount) >= 15).length).toBeGreaterThan(5);
    const kmZero = companies.filter((c) => c.km_zero).length / companies.length;
    expect(kmZero).toBeGreaterThan(0.08);
    expect(kmZero).toBeLessThan(0.35);
  });

  it('writes the same rows, ids included, for the same seed and day, on one connection or two', async () => {
    for (const table of [
      'organisations',
      'companies',
      'company_sites',
      'candidates',
      'vacancies',
    ]) {
      const sql = `SELECT to_jsonb(t) - 'updated_at' AS row FROM ${table} t ORDER BY 1`;
      expect(await twin.query(sql)).toEqual(await db.query(sql));
    }
    // Sealing draws a fresh IV each time: the same special-category rows are the same once opened.
    const sensitive = async (source: DataSource) =>
      (
        (await source.query(
          `SELECT candidate_id AS "candidateId", organisation_id AS "organisationId", key_id,
                  l68_index, sealed FROM candidate_sensitive ORDER BY candidate_id`,
        )) as Array<{ candidateId: string; organisationId: string; sealed: Buffer }>
      ).map(({ sealed, ...row }) => ({
        ...row,
        opened: openCandidateSensitive(OPTIONS.dataCipher, { ...row, sealed }),
      }));
    expect(await sensitive(twin)).toEqual(await sensitive(db));
    const users = `SELECT id, email, display_name FROM users ORDER BY id`;
    expect(await twin.query(users)).toEqual(await db.query(users));
  });
});

describe('demo data without a gazetteer', () => {
  const config = testConfig(uniqueTestName('demo_empty'));
  let db: DataSource;
  beforeAll(async () => {
    db = await createTestDatabase(config, { municipalities: false });
  }, 60_000);
  afterAll(() => dropTestDatabase(config, db));

  it('says the municipalities must be imported first, and writes nothing', async () => {
    await expect(generateDemoData(db, OPTIONS)).rejects.toMatchObject({
      code: 'NO_MUNICIPALITIES',
    });
    expect(await isDatabaseEmpty(db)).toBe(true);
  });
});
