import { randomUUID } from 'node:crypto';
import { PersonalDataRegistry } from '#libs/privacy';
import { createTestDatabase, dropTestDatabase, testConfig, uniqueTestName } from '#libs/testing';
import type { DataSource } from 'typeorm';
import { seedOrganisation } from '../testing/bulletin.fixtures.js';
import { BulletinPersonalData } from './bulletin-personal-data.participant.js';
import { SubscriptionTokens } from './subscription-tokens.repository.js';

/** A confirmation link exists only for a subscriber that waits for one, even during an erasure. */
describe('confirmation links and erasure (PostgreSQL)', () => {
  const config = testConfig(uniqueTestName('bulletin_tokens'));
  let db: DataSource;
  let tokens: SubscriptionTokens;

  beforeAll(async () => {
    db = await createTestDatabase(config, { municipalities: false, vocabulary: false });
    tokens = new SubscriptionTokens(db);
  });
  afterAll(() => dropTestDatabase(config, db));

  /** A subscription staff requested for a candidate, waiting for the link in the mailbox. */
  async function pendingFor(candidateId: string) {
    const organisationId = await seedOrganisation(db);
    const [row]: { id: string }[] = await db.query(
      `INSERT INTO bulletin_subscribers (organisation_id, email, sections, pending_choice)
       VALUES ($1, $2, '{OPEN_MARKET}', $3) RETURNING id`,
      [
        organisationId,
        `${randomUUID()}@example.org`,
        JSON.stringify({
          areaIds: [],
          sections: ['OPEN_MARKET'],
          requestedAt: new Date().toISOString(),
          ip: '203.0.113.9',
          textVersion: '2026-01',
          method: 'DOUBLE_OPT_IN_STAFF',
          candidateId,
        }),
      ],
    );
    return { organisationId, subscriberId: row.id };
  }

  const tokensOf = async (subscriberId: string) =>
    (
      await db.query(`SELECT count(*)::int AS n FROM bulletin_tokens WHERE subscriber_id = $1`, [
        subscriberId,
      ])
    )[0].n as number;

  it('issues a link for a pending subscription', async () => {
    const { subscriberId } = await pendingFor(randomUUID());
    expect(await tokens.issueConfirmation(subscriberId)).toEqual(expect.any(String));
    expect(await tokensOf(subscriberId)).toBe(1);
  });

  it('issues none for a subscription erased while the e-mail was being prepared', async () => {
    const candidateId = randomUUID();
    const { organisationId, subscriberId } = await pendingFor(candidateId);
    const erasure = db.createQueryRunner();
    await erasure.connect();
    try {
      await erasure.startTransaction();
      await new BulletinPersonalData(new PersonalDataRegistry()).erase(
        erasure.manager,
        organisationId,
        candidateId,
      );
      let settled = false;
      const issued = tokens.issueConfirmation(subscriberId).finally(() => (settled = true));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(settled).toBe(false);
      await erasure.commitTransaction();
      expect(await issued).toBeNull();
    } finally {
      await erasure.release();
    }
    expect(await tokensOf(subscriberId)).toBe(0);
  });
});
