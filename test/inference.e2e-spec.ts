import {
  createOrganisation,
  createSession,
  createTestCandidate,
  type TestSession,
} from '#libs/testing';
import request from 'supertest';
import { createCompany, createRegisteredCandidate, workforce } from './law68.fixtures.js';
import { startTestApi, type TestApi } from './support/test-api.js';

const CLEANER = '8.1.4.3.0';
const COOK = '5.2.2.1.0';
const SPECIAL_FIELD_NAMES = /health|justice|asylum|violence|l68|targetGroups|referral/;

/**
 * Issue 12, "no inference of special categories": what a reader may not read must not be inferred
 * from counts (defect 2), from the audit log (defect 3) or from the constraints that stand in for a
 * sensitive situation (defect 6). The default small-cell threshold (5) applies.
 */
describe('no inference of special categories (e2e)', () => {
  let api: TestApi;
  let admin: TestSession;
  let coordinator: TestSession;
  let tutor: TestSession;
  let consultant: TestSession;
  const http = () => request(api.app.getHttpServer());
  const get = (path: string, session: TestSession) =>
    http().get(path).set('Authorization', session.auth);

  beforeAll(async () => {
    api = await startTestApi('inference');
    admin = await createOrganisation(api.app);
    coordinator = await createSession(api.app, admin.organisationId, 'coordinator');
    tutor = await createSession(api.app, admin.organisationId, 'tutor');
    consultant = await createSession(api.app, admin.organisationId, 'consultant');
  });
  afterAll(() => api?.close());

  describe('defect 2: small cells in the scouting priority list', () => {
    let few: string;
    let many: string;

    beforeAll(async () => {
      // Pulizie in Milano (quota 4, 2 uncovered) and a restaurant in Bergamo, out of reach of the
      // Milano people but within reach of the three in Bergamo.
      few = await createCompany(api.app, consultant, 11, {
        name: 'Trattoria Bergamo',
        atecoCode: '56.10.11',
        municipalityCode: '016024',
      });
      many = await createCompany(api.app, consultant, 12, {
        name: 'Pulizie Milano',
        atecoCode: '81.21.00',
      });
      for (const id of [few, many]) {
        await http()
          .post(`/api/companies/${id}/law68/declarations`)
          .set('Authorization', consultant.auth)
          .send(
            workforce(
              id === few ? { registeredOfficeProvince: 'BG' } : {},
              id === few ? { province: 'BG' } : {},
            ),
          )
          .expect(201);
      }
      // Milano: five cleaners and one cook (six nearby, five fitting: the one who does not fit
      // must not be recoverable as 6 - 5). Bergamo: three cooks.
      for (let i = 0; i < 5; i += 1) {
        await createRegisteredCandidate(api.app, coordinator, { preferredOccupations: [CLEANER] });
      }
      await createRegisteredCandidate(api.app, coordinator, { preferredOccupations: [COOK] });
      for (let i = 0; i < 3; i += 1) {
        await createRegisteredCandidate(api.app, coordinator, {
          home: { municipalityCode: '016024' },
          preferredOccupations: [COOK],
        });
      }
    });

    it('shows no count of people between 1 and 4, nor one recoverable by subtraction, and says "meno di 5"', async () => {
      const response = await get('/api/scouting/priorities', consultant).expect(200);
      const byId = new Map(
        response.body.items.map((item: { companyId: string }) => [item.companyId, item]),
      );
      expect(byId.get(few)).toEqual(
        expect.objectContaining({
          candidatesNearby: null,
          fittingCandidates: null,
          score: null,
          suppressed: expect.objectContaining({
            candidatesNearby: expect.stringMatching(/^meno di 5 persone/),
          }),
        }),
      );
      expect(byId.get(many)).toEqual(
        expect.objectContaining({ candidatesNearby: 6, fittingCandidates: null, score: null }),
      );
      for (const item of response.body.items) {
        for (const key of ['candidatesNearby', 'fittingCandidates']) {
          const value = (item as Record<string, unknown>)[key];
          expect(value === null || value === 0 || (value as number) >= 5).toBe(true);
        }
      }
      const csv = await get('/api/scouting/priorities?format=csv', consultant).expect(200);
      const trattoria = csv.text.split('\r\n').find((line) => line.includes('Trattoria Bergamo'));
      expect(trattoria).toMatch(/;meno di 5 persone[^;]*;meno di 5 persone[^;]*;/);
      expect(trattoria).not.toMatch(/;3;/);
    });
  });

  describe('defect 3: the audit log seen by an administrator', () => {
    let person: string;

    beforeAll(async () => {
      person = await createTestCandidate(api.app, tutor, {
        sensitive: { justice: { measure: 'affidamento in prova', authority: 'UEPE' } },
      });
      await get(`/api/candidates/${person}`, tutor).expect(200);
    });

    it('names no special category to an administrator', async () => {
      const response = await get(
        `/api/audit?subjectType=candidate&subjectId=${person}`,
        admin,
      ).expect(200);
      expect(response.body.items.length).toBeGreaterThan(0);
      expect(JSON.stringify(response.body.items)).not.toMatch(SPECIAL_FIELD_NAMES);
      expect(JSON.stringify(response.body.items)).toMatch(/dati particolari/);
    });

    it('still names the fields to a coordinator', async () => {
      const response = await get(
        `/api/audit?subjectType=candidate&subjectId=${person}&action=SENSITIVE_CHANGED`,
        coordinator,
      ).expect(200);
      expect(response.body.items[0].details.fields).toContain('justice');
    });
  });

  describe('defect 6: the constraints that stand in for a sensitive situation', () => {
    let person: string;

    beforeAll(async () => {
      person = await createTestCandidate(api.app, tutor, {
        allowedArea: { lat: 45.48, lng: 9.2, radiusKm: 3 },
        taskLimitations: ['HEAVY_LIFTING'],
      });
    });

    it('are not on the record a consultant reads', async () => {
      const response = await get(`/api/candidates/${person}`, consultant).expect(200);
      expect(response.body).not.toHaveProperty('allowedArea');
      expect(response.body).not.toHaveProperty('taskLimitations');
      expect(JSON.stringify(response.body)).not.toMatch(/HEAVY_LIFTING|radiusKm/);
    });

    it('are on the record the tutor on the case reads', async () => {
      const response = await get(`/api/candidates/${person}`, tutor).expect(200);
      expect(response.body.allowedArea).toEqual({ lat: 45.48, lng: 9.2, radiusKm: 3 });
      expect(response.body.taskLimitations).toEqual(['HEAVY_LIFTING']);
    });
  });
});
