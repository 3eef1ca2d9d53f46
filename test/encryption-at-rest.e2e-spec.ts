import { execFileSync } from 'node:child_process';
import { candidateBody, createOrganisation, createSession, type TestSession } from '#libs/testing';
import request from 'supertest';
import { startTestApi, type TestApi } from './support/test-api.js';

/** Values that only the special-category fields hold: none may be readable in a dump. */
const SECRETS = {
  health: 'Programma terapeutico al SerD di Lodi',
  justice: 'affidamento in prova ai servizi sociali',
  asylumPermit: 'permesso per protezione speciale',
  violence: 'Centro antiviolenza Cerchi d Acqua',
  referral: 'UEPE Milano Bollate',
};

describe('encryption at rest of special-category data (e2e)', () => {
  let api: TestApi;
  let tutor: TestSession;
  let registered: string;
  let unregistered: string;
  const http = () => request(api.app.getHttpServer());

  beforeAll(async () => {
    api = await startTestApi('encryption');
    const admin = await createOrganisation(api.app, 'Cooperativa Cifra');
    tutor = await createSession(api.app, admin.organisationId, 'tutor');
    const create = async (body: object) =>
      (await http().post('/api/candidates').set('Authorization', tutor.auth).send(body).expect(201))
        .body.id as string;
    registered = await create(
      candidateBody({
        targetGroups: ['PARENT', 'DISABILITY_L68', 'CRIMINAL_JUSTICE', 'ASYLUM'],
        referral: { kind: 'UEPE', name: SECRETS.referral },
        sensitive: {
          l68: {
            category: 'DISABILITY',
            percent: 67,
            registeredInList: true,
          },
          health: { notes: SECRETS.health },
          justice: { measure: SECRETS.justice, authority: 'UEPE' },
          asylum: { status: 'SPECIAL_PROTECTION', permitType: SECRETS.asylumPermit },
          violence: { antiViolenceCentre: SECRETS.violence },
        },
      }),
    );
    unregistered = await create(candidateBody({ targetGroups: ['PARENT'] }));
  });
  afterAll(() => api?.close());

  /** Every way a value can appear in a text dump: as text, and as the hex of its bytes (bytea). */
  function expectNoSecretIn(dump: string): void {
    for (const value of Object.values(SECRETS)) {
      expect(dump).not.toContain(value);
      expect(dump.toLowerCase()).not.toContain(Buffer.from(value).toString('hex'));
    }
    for (const word of ['DISABILITY', 'CRIMINAL_JUSTICE', 'ASYLUM', 'SPECIAL_PROTECTION']) {
      expect(dump.toLowerCase()).not.toContain(Buffer.from(word).toString('hex'));
    }
  }

  it('keeps no sensitive value in the raw bytes of candidate_sensitive', async () => {
    const rows: Array<{ text: string }> = await api.db.query(
      `SELECT t::text AS text FROM candidate_sensitive t`,
    );
    expect(rows).toHaveLength(2);
    const raw = rows.map((row) => row.text).join('\n');
    expectNoSecretIn(raw);
    expect(raw).not.toMatch(/DISABILITY|CRIMINAL_JUSTICE|ASYLUM|UEPE|SerD|INPS/);
  });

  it('does not tell a registered person from another in the table', async () => {
    const rows: Array<Record<string, unknown>> = await api.db.query(
      `SELECT * FROM candidate_sensitive WHERE candidate_id = ANY($1)`,
      [[registered, unregistered]],
    );
    const shapes = rows.map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([column, value]) => [
          column,
          Buffer.isBuffer(value)
            ? `bytes:${value.length > 300 ? 'long' : value.length}`
            : typeof value,
        ]),
      ),
    );
    expect(shapes[0]).toEqual(shapes[1]);
  });

  it('keeps none in a pg_dump of the whole schema', () => {
    const dump = execFileSync(
      'pg_dump',
      ['--data-only', `--schema=${api.config.DATABASE_SCHEMA}`, api.config.DATABASE_URL],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    expect(dump).toContain(registered);
    expectNoSecretIn(dump);
  });

  it('still gives every value back to the tutor on the case, through the API', async () => {
    const { body } = await http()
      .get(`/api/candidates/${registered}`)
      .set('Authorization', tutor.auth)
      .expect(200);
    expect(body.sensitive).toEqual(
      expect.objectContaining({
        l68: expect.objectContaining({ category: 'DISABILITY', percent: 67 }),
        health: { notes: SECRETS.health },
        justice: { measure: SECRETS.justice, authority: 'UEPE' },
        asylum: { status: 'SPECIAL_PROTECTION', permitType: SECRETS.asylumPermit },
        violence: { antiViolenceCentre: SECRETS.violence },
      }),
    );
    expect(body.referral).toEqual({ kind: 'UEPE', name: SECRETS.referral });
    expect(body.targetGroups.sort()).toEqual([
      'ASYLUM',
      'CRIMINAL_JUSTICE',
      'DISABILITY_L68',
      'PARENT',
    ]);
  });
});
