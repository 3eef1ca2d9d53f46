import {
  candidateBody,
  createOrganisation,
  createSession,
  expectProblem,
  type TestSession,
  waitFor,
} from '#libs/testing';
import { createRegisteredCandidate, workforce } from './law68.fixtures.js';
import {
  computations,
  createCompany,
  type MatchingHarness,
  startMatchingHarness,
  waitForComputations,
} from './support/matching-harness.js';

/**
 * Two cooperatives in one network and one outside it: a vacancy published by A to the network is
 * matched with B's people, found in B's search and bulletin, and proposed by B to A's consultant
 * with nothing of the person's special categories; withdrawn, it leaves B's lists with the matching
 * jobs of the real worker; C never sees it.
 */
describe('networks of organisations (e2e)', () => {
  let h: MatchingHarness;
  const s: Record<string, TestSession> = {};
  const ids: Record<string, string> = {};
  let company: Awaited<ReturnType<typeof createCompany>>;

  const send = (
    method: 'get' | 'post' | 'put' | 'delete',
    session: TestSession,
    path: string,
    body?: object,
  ) => {
    const call = h.http()[method](`/api${path}`).set('Authorization', session.auth);
    return body ? call.send(body) : call;
  };
  const matchedVacancies = async (session: TestSession, candidate: string) =>
    (await send('get', session, `/candidates/${candidate}/matches`).expect(200)).body.items.map(
      (item: { vacancy: { id: string } }) => item.vacancy.id,
    );
  const searchedVacancies = async (session: TestSession) =>
    (await send('get', session, '/search/vacancies').expect(200)).body.hits.map(
      (hit: { document: { id: string } }) => hit.document.id,
    );
  const outboxEmpty = () =>
    waitFor(
      async () => (await h.db.query(`SELECT count(*)::int AS n FROM search_outbox`))[0].n,
      (n) => n === 0,
    );
  const audited = async (action: string, subjectId: string): Promise<number> =>
    (
      await h.db.query(
        `SELECT count(*)::int AS n FROM audit_log WHERE action = $1 AND subject_id = $2`,
        [action, subjectId],
      )
    )[0].n;

  beforeAll(async () => {
    h = await startMatchingHarness('networks', { worker: true });
    for (const [key, name] of [
      ['a', 'Consorzio Adda'],
      ['b', 'Cooperativa Brembo'],
      ['c', 'Cooperativa Fuori Rete'],
    ] as const) {
      s[`${key}Admin`] = await createOrganisation(h.app, name);
      s[`${key}Consultant`] = await createSession(
        h.app,
        s[`${key}Admin`].organisationId,
        'consultant',
      );
      s[`${key}Tutor`] = await createSession(h.app, s[`${key}Admin`].organisationId, 'tutor');
    }
    const person = (firstName: string) =>
      candidateBody({
        firstName,
        lastName: 'Rossi',
        email: null,
        targetGroups: ['VIOLENCE', 'PARENT'],
        referral: { kind: 'ANTI_VIOLENCE_CENTRE', name: 'Centro antiviolenza Niguarda' },
        sensitive: {
          violence: { antiViolenceCentre: 'CAV Niguarda', notes: 'percorso di protezione' },
        },
      });
    ids.bPerson = (
      await send('post', s.bTutor, '/candidates', person('Bianca')).expect(201)
    ).body.id;
    ids.cPerson = (
      await send('post', s.cTutor, '/candidates', person('Carla')).expect(201)
    ).body.id;
    company = await createCompany(h, s.aConsultant, 1);
    ids.company = company.id;
    ids.vacancy = (
      await send(
        'post',
        s.aConsultant,
        '/vacancies',
        company.vacancy({ title: 'Addetta mensa' }),
      ).expect(201)
    ).body.id;
    await waitForComputations(h.db, 'vacancy', ids.vacancy, 1);
    await waitForComputations(h.db, 'candidate', ids.bPerson, 1);
    await waitForComputations(h.db, 'candidate', ids.cPerson, 1);
  }, 90_000);
  afterAll(() => h?.close());

  it('lets admins create a network, add members and name its coordinator, audited, and refuses the rest in Italian', async () => {
    const created = await send('post', s.aAdmin, '/networks', { name: 'Rete Adda Brembo' }).expect(
      201,
    );
    ids.network = created.body.id;
    expect(created.body).toMatchObject({
      name: 'Rete Adda Brembo',
      coordinatorOrganisationId: s.aAdmin.organisationId,
      members: [
        expect.objectContaining({
          organisationId: s.aAdmin.organisationId,
          name: 'Consorzio Adda',
        }),
      ],
    });
    expectProblem(await send('post', s.aConsultant, '/networks', { name: 'Altra' }), 403);
    const taken = expectProblem(
      await send('post', s.bAdmin, '/networks', { name: 'rete adda brembo' }),
      409,
      'NETWORK_NAME_TAKEN',
    );
    expect(taken.detail).toMatch(/Esiste già una rete/);
    expectProblem(await send('post', s.aAdmin, '/networks', { name: '' }), 400);

    const path = `/networks/${ids.network}`;
    expectProblem(
      await send('post', s.aAdmin, `${path}/members`, { organisationId: 'non-un-uuid' }),
      400,
    );
    const added = await send('post', s.aAdmin, `${path}/members`, {
      organisationId: s.bAdmin.organisationId,
    }).expect(200);
    expect(added.body.members.map((m: { name: string }) => m.name)).toEqual([
      'Consorzio Adda',
      'Cooperativa Brembo',
    ]);
    const notCoordinator = expectProblem(
      await send('post', s.bAdmin, `${path}/members`, { organisationId: s.cAdmin.organisationId }),
      403,
      'NOT_NETWORK_COORDINATOR',
    );
    expect(notCoordinator.detail).toMatch(/coordina la rete/);
    expectProblem(await send('get', s.cAdmin, path), 404, 'NETWORK_NOT_FOUND');
    expectProblem(
      await send('put', s.aAdmin, `${path}/coordinator`, {
        organisationId: s.cAdmin.organisationId,
      }),
      409,
      'COORDINATOR_NOT_MEMBER',
    );
    expect((await send('get', s.bTutor, path).expect(200)).body.members).toHaveLength(2);
    expect(await audited('NETWORK_CREATED', ids.network)).toBe(1);
    expect(await audited('NETWORK_MEMBER_ADDED', ids.network)).toBe(1);
  });

  it('publishes a vacancy to the network only for the publishing organisation’s consultants', async () => {
    const path = `/vacancies/${ids.vacancy}/networks/${ids.network}`;
    expectProblem(await send('put', s.bConsultant, path), 404, 'VACANCY_NOT_FOUND');
    expectProblem(await send('put', s.aTutor, path), 403);
    const otherNetwork = (
      await send('post', s.cAdmin, '/networks', { name: 'Rete della C' }).expect(201)
    ).body.id;
    expectProblem(
      await send('put', s.aConsultant, `/vacancies/${ids.vacancy}/networks/${otherNetwork}`),
      404,
      'NETWORK_NOT_FOUND',
    );

    const before = await computations(h.db, 'vacancy', ids.vacancy);
    const shared = await send('put', s.aConsultant, path).expect(200);
    expect(shared.body.networks).toEqual([
      expect.objectContaining({ networkId: ids.network, name: 'Rete Adda Brembo' }),
    ]);
    const notPublisher = expectProblem(
      await send('put', s.bConsultant, path),
      403,
      'NOT_VACANCY_PUBLISHER',
    );
    expect(notPublisher.detail).toMatch(/Solo l'organizzazione che ha pubblicato/);
    expectProblem(await send('delete', s.cConsultant, path), 404, 'VACANCY_NOT_FOUND');
    expect(await audited('VACANCY_PUBLISHED_TO_NETWORK', ids.vacancy)).toBe(1);
    await waitForComputations(h.db, 'vacancy', ids.vacancy, before + 1);
    await outboxEmpty();
  });

  it('shows the shared vacancy to the other member, in its matches, search and bulletin, and never outside', async () => {
    expect(await matchedVacancies(s.bTutor, ids.bPerson)).toEqual([ids.vacancy]);
    expect(await matchedVacancies(s.cTutor, ids.cPerson)).toEqual([]);

    const forB = await send('get', s.bConsultant, `/vacancies/${ids.vacancy}/matches`).expect(200);
    expect(forB.body.items.map((i: { candidate: { id: string } }) => i.candidate.id)).toEqual([
      ids.bPerson,
    ]);
    const forA = await send('get', s.aConsultant, `/vacancies/${ids.vacancy}/matches`).expect(200);
    expect(forA.body.items).toEqual([]);
    expectProblem(await send('get', s.cConsultant, `/vacancies/${ids.vacancy}/matches`), 404);

    expect(
      (await send('get', s.bTutor, `/vacancies/${ids.vacancy}`).expect(200)).body,
    ).toMatchObject({
      title: 'Addetta mensa',
      organisationId: s.aAdmin.organisationId,
    });
    expectProblem(
      await send('get', s.cTutor, `/vacancies/${ids.vacancy}`),
      404,
      'VACANCY_NOT_FOUND',
    );

    expect(await searchedVacancies(s.bTutor)).toEqual([ids.vacancy]);
    expect(await searchedVacancies(s.cTutor)).toEqual([]);

    // Offers published today wait for the next edition: this one was published two days ago.
    await h.db.query(`UPDATE vacancies SET published_at = published_at - 2 WHERE id = $1`, [
      ids.vacancy,
    ]);
    const offers = async (tutor: TestSession, slug: string) => {
      const area = await send('post', tutor, '/bulletin/areas', {
        slug,
        name: `Area ${slug}`,
        municipalityCodes: ['015146'],
      }).expect(201);
      const composed = await send(
        'post',
        tutor,
        `/bulletin/areas/${area.body.id}/editions`,
        {},
      ).expect(200);
      return composed.body.edition.sections
        .flatMap((section: { items: Array<{ title: string }> }) => section.items)
        .map((item: { title: string }) => item.title);
    };
    expect(await offers(s.bTutor, 'brembo-milano')).toContain('Addetta mensa');
    expect(await offers(s.cTutor, 'fuori-rete-milano')).not.toContain('Addetta mensa');
  });

  it('brings a proposal of the other member to the publisher’s consultant without special-category data', async () => {
    const proposal = await send('post', s.bTutor, '/proposals', {
      candidateId: ids.bPerson,
      vacancyId: ids.vacancy,
      note: 'Disponibile da subito',
    }).expect(201);
    expectProblem(
      await send('post', s.cTutor, '/proposals', {
        candidateId: ids.cPerson,
        vacancyId: ids.vacancy,
      }),
      404,
    );

    const incoming = await send(
      'get',
      s.aConsultant,
      `/vacancies/${ids.vacancy}/network-proposals`,
    ).expect(200);
    expect(incoming.body.items).toEqual([
      expect.objectContaining({
        id: proposal.body.id,
        state: 'PROPOSED',
        stateLabel: expect.any(String),
        note: 'Disponibile da subito',
        candidate: { firstName: 'Bianca', lastName: 'Rossi' },
        proposingOrganisation: { id: s.bAdmin.organisationId, name: 'Cooperativa Brembo' },
      }),
    ]);
    const text = JSON.stringify(incoming.body);
    for (const secret of [
      'VIOLENCE',
      'Niguarda',
      'protezione',
      'targetGroups',
      'sensitive',
      ids.bPerson,
    ])
      expect(text).not.toContain(secret);
    expectProblem(
      await send('get', s.bConsultant, `/vacancies/${ids.vacancy}/network-proposals`),
      403,
      'NOT_VACANCY_PUBLISHER',
    );
    expectProblem(
      await send('get', s.cConsultant, `/vacancies/${ids.vacancy}/network-proposals`),
      404,
    );

    await send('post', s.bTutor, `/proposals/${proposal.body.id}/transitions`, {
      to: 'SENT_TO_COMPANY',
    }).expect(200);
    const moved = await send(
      'get',
      s.aConsultant,
      `/vacancies/${ids.vacancy}/network-proposals`,
    ).expect(200);
    expect(moved.body.items[0].state).toBe('SENT_TO_COMPANY');
    expect(moved.body.items[0].events.map((e: { to: string }) => e.to)).toEqual([
      'PROPOSED',
      'SENT_TO_COMPANY',
    ]);
    const own = await send('get', s.bTutor, `/vacancies/${ids.vacancy}/proposals`).expect(200);
    expect(own.body.items).toEqual([
      expect.objectContaining({
        id: proposal.body.id,
        state: 'SENT_TO_COMPANY',
        vacancyTitle: 'Addetta mensa',
      }),
    ]);
  });

  it('re-ranks the other member’s stored lists when the publisher proposes its own people', async () => {
    const alba = (
      await send(
        'post',
        s.aTutor,
        '/candidates',
        candidateBody({ firstName: 'Alba', lastName: 'Verdi', email: null }),
      ).expect(201)
    ).body.id;
    await waitForComputations(h.db, 'candidate', alba, 1);
    const fairShare = async () =>
      (await send('get', s.bTutor, `/candidates/${ids.bPerson}/matches`).expect(200)).body.items
        .find((item: { vacancy: { id: string } }) => item.vacancy.id === ids.vacancy)
        ?.factors.find((factor: { code: string }) => factor.code === 'FAIR_SHARE')?.detail;
    const before = await fairShare();
    await send('post', s.aTutor, '/proposals', {
      candidateId: alba,
      vacancyId: ids.vacancy,
    }).expect(201);
    // Only the fair-share re-rank of the vacancy reaches B's list: nobody's recomputation was asked.
    const after = await waitFor(fairShare, (detail) => detail !== before, 10_000);
    expect(after).toBe("Già proposta di recente a un'altra persona");
  });

  it('takes a withdrawn vacancy out of the other member’s lists with the matching jobs', async () => {
    const before = await computations(h.db, 'vacancy', ids.vacancy);
    const withdrawn = await send(
      'delete',
      s.aConsultant,
      `/vacancies/${ids.vacancy}/networks/${ids.network}`,
    ).expect(200);
    expect(withdrawn.body.networks).toEqual([]);
    expect(await audited('VACANCY_WITHDRAWN_FROM_NETWORK', ids.vacancy)).toBe(1);
    await waitForComputations(h.db, 'vacancy', ids.vacancy, before + 1);
    await outboxEmpty();

    const [{ n }] = await h.db.query(
      `SELECT count(*)::int AS n FROM matches WHERE candidate_id = $1 AND vacancy_id = $2`,
      [ids.bPerson, ids.vacancy],
    );
    expect(n).toBe(0);
    expect(await matchedVacancies(s.bTutor, ids.bPerson)).toEqual([]);
    expect(await searchedVacancies(s.bTutor)).toEqual([]);
    expectProblem(
      await send('get', s.bTutor, `/vacancies/${ids.vacancy}`),
      404,
      'VACANCY_NOT_FOUND',
    );
    expect(await searchedVacancies(s.aConsultant)).toEqual([ids.vacancy]);
  });

  it('counts a hire proposed by the other member toward the company’s Law 68 quota', async () => {
    await send(
      'post',
      s.aConsultant,
      `/companies/${ids.company}/law68/declarations`,
      workforce(),
    ).expect(201);
    const before = await send('get', s.aConsultant, `/companies/${ids.company}/law68`).expect(200);
    expect(before.body.position).toEqual(
      expect.objectContaining({ coverage: 2, uncoveredDisabled: 2 }),
    );

    const coordinator = await createSession(h.app, s.bAdmin.organisationId, 'coordinator');
    const registered = await createRegisteredCandidate(h.app, coordinator, {
      availability: null,
    });
    const reserved = (
      await send(
        'post',
        s.aConsultant,
        '/vacancies',
        company.vacancy({ title: 'Posto riservato', reservedL68: 'DISABILITY' }),
      ).expect(201)
    ).body.id;
    await send('put', s.aConsultant, `/vacancies/${reserved}/networks/${ids.network}`).expect(200);
    const proposal = (
      await send('post', coordinator, '/proposals', {
        candidateId: registered,
        vacancyId: reserved,
      }).expect(201)
    ).body;
    for (const to of ['SENT_TO_COMPANY', 'INTERVIEW'])
      await send('post', coordinator, `/proposals/${proposal.id}/transitions`, { to }).expect(200);
    await send('post', coordinator, `/proposals/${proposal.id}/transitions`, {
      to: 'HIRED',
      placement: { contractType: 'A.01.00', startDate: '2026-04-01', countsTowardL68: true },
    }).expect(200);

    const after = await send('get', s.aConsultant, `/companies/${ids.company}/law68`).expect(200);
    expect(after.body.position).toEqual(
      expect.objectContaining({ coverage: 3, uncoveredDisabled: 1 }),
    );
    expect(after.body.placementsCounted).toBe(1);
    await send('delete', s.aConsultant, `/vacancies/${reserved}/networks/${ids.network}`).expect(
      200,
    );
  });

  it('lets the coordinator hand over, and an organisation leave the network taking its shared vacancies', async () => {
    const path = `/networks/${ids.network}`;
    expectProblem(
      await send('delete', s.aAdmin, `${path}/members/${s.aAdmin.organisationId}`),
      409,
      'CANNOT_REMOVE_COORDINATOR',
    );
    const handedOver = await send('put', s.aAdmin, `${path}/coordinator`, {
      organisationId: s.bAdmin.organisationId,
    }).expect(200);
    expect(handedOver.body.coordinatorOrganisationId).toBe(s.bAdmin.organisationId);
    expect(await audited('NETWORK_COORDINATOR_CHANGED', ids.network)).toBe(1);
    expectProblem(
      await send('post', s.aAdmin, `${path}/members`, { organisationId: s.cAdmin.organisationId }),
      403,
      'NOT_NETWORK_COORDINATOR',
    );

    await send('put', s.aConsultant, `/vacancies/${ids.vacancy}/networks/${ids.network}`).expect(
      200,
    );
    await send('get', s.bTutor, `/vacancies/${ids.vacancy}`).expect(200);
    await send('delete', s.aAdmin, `${path}/members/${s.aAdmin.organisationId}`).expect(204);
    expect(await audited('NETWORK_MEMBER_REMOVED', ids.network)).toBe(1);
    expectProblem(
      await send('get', s.bTutor, `/vacancies/${ids.vacancy}`),
      404,
      'VACANCY_NOT_FOUND',
    );
    expectProblem(await send('get', s.aAdmin, path), 404, 'NETWORK_NOT_FOUND');
    expect(await matchedVacancies(s.bTutor, ids.bPerson)).toEqual([]);
  });
});
