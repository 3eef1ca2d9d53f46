import { candidateBody, createOrganisation, createSession, type TestSession } from '#libs/testing';
import {
  createCompany,
  type MatchingHarness,
  startMatchingHarness,
  waitForComputations,
} from './support/matching-harness.js';

/** "Le mie persone": the candidate list with the last news, the next action and the new matches. */
describe('caseload (e2e)', () => {
  let h: MatchingHarness | undefined;
  let tutor: TestSession;
  let otherTutor: TestSession;
  let person: string;
  let vacancy: string;
  const get = (session: TestSession, path: string) =>
    h!.http().get(path).set('Authorization', session.auth);
  const caseload = async (session: TestSession) =>
    (await get(session, '/api/caseload?pageSize=50').expect(200)).body.items.find(
      (item: { id: string }) => item.id === person,
    );

  beforeAll(async () => {
    h = await startMatchingHarness('caseload', { worker: true });
    const admin = await createOrganisation(h.app);
    tutor = await createSession(h.app, admin.organisationId, 'tutor');
    otherTutor = await createSession(h.app, admin.organisationId, 'tutor');
    const consultant = await createSession(h.app, admin.organisationId, 'consultant');
    const company = await createCompany(h, consultant, 1);
    vacancy = (
      await h
        .http()
        .post('/api/vacancies')
        .set('Authorization', consultant.auth)
        .send(company.vacancy())
        .expect(201)
    ).body.id;
    person = (
      await h
        .http()
        .post('/api/candidates')
        .set('Authorization', tutor.auth)
        .send(candidateBody())
        .expect(201)
    ).body.id;
    await waitForComputations(h.db, 'candidate', person, 1);
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  it('counts the matches that are new since each reader’s last visit to the person’s list', async () => {
    const before = await caseload(tutor);
    expect(before).toEqual(
      expect.objectContaining({ newMatches: 1, activeProposals: 0, nextAction: null }),
    );
    expect(before.lastActivityAt).toBe(before.updatedAt);
    expect(before).not.toHaveProperty('sensitive');

    await get(tutor, `/api/candidates/${person}/matches`).expect(200);
    expect((await caseload(tutor)).newMatches).toBe(0);
    expect((await caseload(otherTutor)).newMatches).toBe(1);
  });

  it('names the next action, the proposal that expires first, and moves the last news', async () => {
    const before = await caseload(tutor);
    const proposed = await h!
      .http()
      .post('/api/proposals')
      .set('Authorization', tutor.auth)
      .send({ candidateId: person, vacancyId: vacancy })
      .expect(201);
    const after = await caseload(tutor);
    expect(after.activeProposals).toBe(1);
    expect(after.nextAction).toEqual({
      proposalId: proposed.body.id,
      vacancyTitle: 'Addetta alle pulizie uffici',
      state: 'PROPOSED',
      label: 'Aggiornare la proposta (proposta dal tutor)',
      dueAt: proposed.body.expiresAt,
    });
    expect(new Date(after.lastActivityAt).getTime()).toBeGreaterThan(
      new Date(before.lastActivityAt).getTime(),
    );
  });

  it('takes the filters of the candidate list and needs a staff role', async () => {
    const none = await get(tutor, '/api/caseload?pathwayStatus=EMPLOYED').expect(200);
    expect(none.body).toEqual(expect.objectContaining({ items: [], total: 0 }));
    await h!.http().get('/api/caseload').expect(401);
  });
});
