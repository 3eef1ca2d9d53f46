import { isSensitiveTargetGroup, type TargetGroup } from '#libs/kernel';
import { createTestDatabase, dropTestDatabase, testConfig, uniqueTestName } from '#libs/testing';
import type { DataSource } from 'typeorm';
import { openCandidateSensitive, REFERRAL_KINDS, type ReferralKind } from '#libs/candidates';
import { generateDemoData } from './index.js';

/** What is inside the demo records: who the people are, and where their special-category data is. */
describe('demo data content', () => {
  const config = testConfig(uniqueTestName('demo_content'));
  let db: DataSource;
  const rows = (sql: string) => db.query(sql) as Promise<Record<string, unknown>[]>;
  const count = async (sql: string) => Number((await rows(sql))[0].count);

  beforeAll(async () => {
    db = await createTestDatabase(config);
    await generateDemoData(db, {
      organisations: 3,
      candidates: 300,
      companies: 60,
      vacancies: 120,
      seed: 'incrocio-content',
      password: 'demo-password-lunga',
      dataCipher: config.dataCipher,
      today: '2026-03-02',
    });
  }, 120_000);
  afterAll(() => dropTestDatabase(config, db));

  it('keeps special-category data in candidate_sensitive only', async () => {
    const candidates = await rows(
      `SELECT target_groups, referral, c::text AS text FROM candidates c`,
    );
    for (const candidate of candidates) {
      const groups = candidate.target_groups as TargetGroup[];
      expect(groups.filter((group) => isSensitiveTargetGroup(group))).toEqual([]);
      const referral = candidate.referral as { kind: ReferralKind } | null;
      if (referral) expect(REFERRAL_KINDS[referral.kind].revealing).toBe(false);
      expect(candidate.text).not.toMatch(
        /UEPE|USSM|Progetto SAI|CAS |CPS di|SerD|antiviolenza|asilo|protezione|invalidit/i,
      );
    }
    const sealed = (await rows(
      `SELECT s.candidate_id AS "candidateId", s.organisation_id AS "organisationId", s.sealed,
              c.organisation_id AS candidate_org
         FROM candidate_sensitive s JOIN candidates c ON c.id = s.candidate_id`,
    )) as Array<{
      candidateId: string;
      organisationId: string;
      sealed: Buffer;
      candidate_org: string;
    }>;
    const sensitive = sealed.map((row) => ({
      ...openCandidateSensitive(config.dataCipher, row),
      organisation_id: row.organisationId,
      candidate_org: row.candidate_org,
    })) as unknown as Array<Record<string, unknown>>;
    expect(sensitive.every((s) => s.organisation_id === s.candidate_org)).toBe(true);
    const l68 = sensitive.filter((s) => s.l68 !== null);
    expect(l68.length / 300).toBeGreaterThan(0.07);
    expect(l68.length / 300).toBeLessThan(0.2);
    for (const { l68: registration, l68EligibleCategory: l68_eligible_category } of l68) {
      const { category, percent, registeredInList } = registration as {
        category: string;
        percent?: number;
        registeredInList: boolean;
      };
      if (category === 'DISABILITY') expect(percent).toBeGreaterThanOrEqual(46);
      expect(l68_eligible_category).toBe(registeredInList ? category : null);
    }
    for (const field of ['justice', 'asylum', 'violence', 'health']) {
      expect(sensitive.filter((s) => s[field] !== null).length).toBeGreaterThan(0);
    }
  });

  it('draws people the way the projects see them', async () => {
    const newcomers = await rows(
      `SELECT italian_level FROM candidates WHERE italian_level NOT IN ('C1', 'C2')`,
    );
    const middle = newcomers.filter((c) => ['A1', 'A2', 'B1'].includes(String(c.italian_level)));
    expect(middle.length / newcomers.length).toBeGreaterThan(0.6);
    expect(
      await count(
        `SELECT count(*) FROM candidates WHERE right_to_work_kind = 'PERMIT' AND right_to_work_expires_on < date '2026-03-02'`,
      ),
    ).toBeGreaterThan(0);
    expect(
      await count(`SELECT count(*) FROM candidates WHERE right_to_work_kind = 'PERMIT_RENEWAL'`),
    ).toBeGreaterThan(0);
    expect(
      await count(`SELECT count(*) FROM candidates WHERE availability IS NULL`),
    ).toBeGreaterThan(60);
    expect(
      await count(
        `SELECT count(*) FROM candidates WHERE availability @> '[{"day": 1, "start": "08:30", "end": "16:00"}]'`,
      ),
    ).toBeGreaterThan(10);
    expect(
      await count(`SELECT count(*) FROM candidates WHERE max_travel_km NOT BETWEEN 2 AND 40`),
    ).toBe(0);
  });
});
