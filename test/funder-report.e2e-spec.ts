import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  BERGAMO,
  createOrganisation,
  createSession,
  createTestCandidate,
  createTestCompany,
  expectProblem,
  MELZO,
  MILANO,
  type TestSession,
} from '#libs/testing';
import ExcelJS from 'exceljs';
import { chromium } from 'playwright-core';
import request from 'supertest';
import { CHROMIUM, SCREENSHOTS } from './support/console-harness.js';
import { startTestApi, type TestApi } from './support/test-api.js';

/**
 * A year of synthetic activity for two projects of one organisation, and every figure of the
 * funder report checked against a count made here, in plain JS over the rows the test inserted.
 */

const FROM = '2026-01-01';
const TO = '2026-12-31';
const THRESHOLD = 5;
const SENSITIVE_FIGURES = ['L68_INTERNSHIPS', 'L68_HIRES'];

type Key = `p${number}`;
interface Person {
  gender: 'F' | 'M';
  birthDate: string;
  municipality: string;
  groups: string[];
  tutor: 'A' | 'B';
}
/** Eleven people; p4 is erased after the activity is recorded. */
const PEOPLE: Record<Key, Person> = {
  p1: {
    gender: 'F',
    birthDate: '1990-04-02',
    municipality: MILANO,
    groups: ['PARENT'],
    tutor: 'A',
  },
  p2: {
    gender: 'M',
    birthDate: '2003-06-11',
    municipality: MELZO,
    groups: ['YOUTH', 'ASYLUM'],
    tutor: 'A',
  },
  p3: {
    gender: 'F',
    birthDate: '1970-01-20',
    municipality: BERGAMO,
    groups: ['ASYLUM'],
    tutor: 'A',
  },
  p4: {
    gender: 'M',
    birthDate: '1985-09-09',
    municipality: MILANO,
    groups: ['CRIMINAL_JUSTICE'],
    tutor: 'A',
  },
  p5: { gender: 'F', birthDate: '1998-12-01', municipality: MILANO, groups: ['NEET'], tutor: 'B' },
  p6: {
    gender: 'F',
    birthDate: '1979-03-03',
    municipality: MILANO,
    groups: ['ASYLUM', 'UNEMPLOYED'],
    tutor: 'A',
  },
  p7: { gender: 'M', birthDate: '1960-07-07', municipality: MELZO, groups: ['ASYLUM'], tutor: 'A' },
  p8: {
    gender: 'F',
    birthDate: '1992-05-05',
    municipality: MILANO,
    groups: ['ASYLUM'],
    tutor: 'A',
  },
  p9: {
    gender: 'M',
    birthDate: '1988-08-08',
    municipality: MILANO,
    groups: ['CRIMINAL_JUSTICE'],
    tutor: 'B',
  },
  p10: {
    gender: 'F',
    birthDate: '2001-02-02',
    municipality: MILANO,
    groups: ['UNEMPLOYED'],
    tutor: 'B',
  },
  p11: { gender: 'M', birthDate: '1975-11-11', municipality: MILANO, groups: [], tutor: 'B' },
};

type ProjectKey = 'A' | 'B';
interface Membership {
  project: ProjectKey;
  person: Key;
  joinedOn: string;
  leftOn?: string;
  personalPlanOn?: string;
}
const MEMBERSHIPS: Membership[] = [
  { project: 'A', person: 'p1', joinedOn: '2026-02-01', personalPlanOn: '2026-02-15' },
  { project: 'A', person: 'p2', joinedOn: '2026-01-15', personalPlanOn: '2026-01-30' },
  { project: 'B', person: 'p2', joinedOn: '2026-06-01' },
  { project: 'A', person: 'p3', joinedOn: '2026-01-10', leftOn: '2026-06-30' },
  { project: 'A', person: 'p4', joinedOn: '2026-03-01', personalPlanOn: '2026-03-20' },
  { project: 'A', person: 'p5', joinedOn: '2026-02-01', personalPlanOn: '2026-03-01' },
  { project: 'A', person: 'p6', joinedOn: '2026-04-01' },
  { project: 'A', person: 'p7', joinedOn: '2026-04-01' },
  { project: 'A', person: 'p8', joinedOn: '2026-05-01' },
  { project: 'A', person: 'p9', joinedOn: '2026-05-01' },
  { project: 'B', person: 'p10', joinedOn: '2026-09-01', personalPlanOn: '2026-09-10' },
];

type CompanyKey = 'c1' | 'c2' | 'c3';
const COMPANIES: Record<CompanyKey, { ateco: string; kmZero: boolean }> = {
  c1: { ateco: '56.10.11', kmZero: false },
  c2: { ateco: '81.21.00', kmZero: true },
  c3: { ateco: '47.11.40', kmZero: false },
};

interface Placement {
  person: Key;
  company: CompanyKey;
  contractType: string;
  startDate: string;
  endDate?: string;
  kmZero?: boolean;
  l68?: boolean;
}
const INTERNSHIP_TYPES = ['C.01.00', 'C.02.00', 'TIROCINIO_INCLUSIONE'];
const PLACEMENTS: Placement[] = [
  // p1 placed twice in the year.
  {
    person: 'p1',
    company: 'c1',
    contractType: 'A.02.00',
    startDate: '2026-03-01',
    endDate: '2026-05-31',
  },
  { person: 'p1', company: 'c2', contractType: 'A.01.00', startDate: '2026-07-01', kmZero: true },
  {
    person: 'p2',
    company: 'c1',
    contractType: 'C.01.00',
    startDate: '2026-04-01',
    endDate: '2026-09-30',
  },
  // p2 is in both projects on this date: it counts for both.
  { person: 'p2', company: 'c2', contractType: 'A.03.09', startDate: '2026-10-01', kmZero: true },
  // Started before p3 joined project A, ends inside the period: the organisation's, not A's.
  {
    person: 'p3',
    company: 'c3',
    contractType: 'A.02.00',
    startDate: '2025-10-01',
    endDate: '2026-03-31',
  },
  {
    person: 'p3',
    company: 'c1',
    contractType: 'B.02.00',
    startDate: '2026-02-01',
    endDate: '2026-04-30',
  },
  {
    person: 'p4',
    company: 'c1',
    contractType: 'A.02.00',
    startDate: '2026-05-01',
    endDate: '2026-10-31',
  },
  {
    person: 'p5',
    company: 'c2',
    contractType: 'PRESTO',
    startDate: '2026-08-01',
    endDate: '2026-08-31',
  },
  { person: 'p6', company: 'c2', contractType: 'A.01.00', startDate: '2026-09-01', l68: true },
  {
    person: 'p7',
    company: 'c1',
    contractType: 'TIROCINIO_INCLUSIONE',
    startDate: '2026-05-01',
    endDate: '2026-10-31',
    l68: true,
  },
  // Started before the period, after p3 left project A: neither started nor active in A.
  { person: 'p3', company: 'c2', contractType: 'A.01.00', startDate: '2026-07-15' },
  {
    person: 'p11',
    company: 'c3',
    contractType: 'LIBRETTO_FAMIGLIA',
    startDate: '2026-06-01',
    endDate: '2026-06-30',
  },
  // Outside the period altogether.
  {
    person: 'p11',
    company: 'c3',
    contractType: 'A.02.00',
    startDate: '2025-01-01',
    endDate: '2025-06-30',
  },
];

interface Outcome {
  person: Key;
  kind: string;
  level: number;
  on: string;
}
const OUTCOMES: Outcome[] = [
  { person: 'p4', kind: 'EDUCATIONAL_GOALS', level: 3, on: '2026-06-01' },
  { person: 'p1', kind: 'PROFESSIONAL_GROWTH', level: 4, on: '2026-06-15' },
  { person: 'p1', kind: 'PROFESSIONAL_GROWTH', level: 3, on: '2026-09-15' },
  { person: 'p5', kind: 'JOB_SEARCH_ACTIVATION', level: 2, on: '2026-06-20' },
  { person: 'p2', kind: 'FUTURE_ORIENTATION', level: 3, on: '2026-07-01' },
  { person: 'p6', kind: 'EDUCATIONAL_GOALS', level: 4, on: '2026-05-02' },
  { person: 'p8', kind: 'EDUCATIONAL_GOALS', level: 1, on: '2026-05-20' },
];

const COURSES: Array<{
  project: ProjectKey;
  person: Key;
  kind: 'ITALIAN' | 'DIGITAL';
  startedOn: string;
}> = [
  { project: 'A', person: 'p2', kind: 'ITALIAN', startedOn: '2026-02-01' },
  { project: 'A', person: 'p3', kind: 'ITALIAN', startedOn: '2026-03-01' },
  { project: 'A', person: 'p7', kind: 'ITALIAN', startedOn: '2026-04-15' },
  { project: 'A', person: 'p5', kind: 'DIGITAL', startedOn: '2026-04-01' },
  { project: 'B', person: 'p10', kind: 'ITALIAN', startedOn: '2026-09-15' },
];

const PROJECT_COMPANIES: Array<{ project: ProjectKey; company: CompanyKey; joinedOn: string }> = [
  { project: 'A', company: 'c1', joinedOn: '2026-01-01' },
  { project: 'A', company: 'c2', joinedOn: '2026-03-01' },
];

const SCOUTING: Array<{ company: CompanyKey; kind: string; on: string }> = [
  { company: 'c1', kind: 'CALL', on: '2026-02-01' },
  { company: 'c1', kind: 'CONSULTANCY', on: '2026-02-20' },
  { company: 'c2', kind: 'CALL', on: '2026-02-10' }, // before c2 joined project A
  { company: 'c2', kind: 'VISIT', on: '2026-03-05' },
  { company: 'c2', kind: 'CONSULTANCY', on: '2026-04-05' },
  { company: 'c3', kind: 'CONSULTANCY', on: '2026-04-01' },
  { company: 'c3', kind: 'CALL', on: '2025-11-01' },
];

const NETWORK: Array<{
  kind: 'INSTITUTIONAL_MEETING' | 'ORGANISATION_JOINED';
  on: string;
  counterpart: string;
}> = [
  { kind: 'INSTITUTIONAL_MEETING', on: '2026-03-10', counterpart: 'Ufficio di Piano di Milano' },
  { kind: 'ORGANISATION_JOINED', on: '2026-04-10', counterpart: 'Parrocchia San Marco' },
  { kind: 'ORGANISATION_JOINED', on: '2026-05-10', counterpart: 'Associazione Genitori Insieme' },
];

const BULLETINS = [
  { week: '2026-W10', status: 'SENT', sentAt: '2026-03-02T08:00:00Z' },
  { week: '2026-W11', status: 'SENT', sentAt: '2026-03-09T08:00:00Z' },
  { week: '2026-W12', status: 'DRAFT', sentAt: null },
  { week: '2025-W50', status: 'SENT', sentAt: '2025-12-08T08:00:00Z' },
];

// ---- The independent count: plain JS over the rows above ------------------------------------

const within = (date: string, from = FROM, to = TO) => date >= from && date <= to;
const overlaps = (start: string, end: string | undefined) =>
  start <= TO && (end === undefined || end >= FROM);
type Scope = ProjectKey | 'ORG';
const ERASED: Key = 'p4';

function memberOn(scope: Scope, person: Key, date: string): boolean {
  if (scope === 'ORG') return true;
  return MEMBERSHIPS.some(
    (m) =>
      m.project === scope &&
      m.person === person &&
      date >= m.joinedOn &&
      (m.leftOn === undefined || date <= m.leftOn),
  );
}
const distinct = <T>(values: T[]) => new Set(values).size;

function expected(scope: Scope): Record<string, number> {
  const inCharge =
    scope === 'ORG'
      ? (Object.keys(PEOPLE) as Key[])
      : [
          ...new Set(
            MEMBERSHIPS.filter((m) => m.project === scope && overlaps(m.joinedOn, m.leftOn)).map(
              (m) => m.person,
            ),
          ),
        ];
  const placements = PLACEMENTS.filter((p) => memberOn(scope, p.person, p.startDate));
  const isInternship = (p: Placement) => INTERNSHIP_TYPES.includes(p.contractType);
  const started = placements.filter((p) => within(p.startDate));
  const hires = started.filter((p) => !isInternship(p));
  const outcomesReached = (kind: string) =>
    distinct(
      OUTCOMES.filter(
        (o) => o.kind === kind && o.level >= 3 && within(o.on) && memberOn(scope, o.person, o.on),
      ).map((o) => o.person),
    );
  const courses = (kind: string) =>
    distinct(
      COURSES.filter((c) => (scope === 'ORG' || c.project === scope) && c.kind === kind).map(
        (c) => c.person,
      ),
    );
  const companyIn = (company: CompanyKey, date: string) =>
    scope === 'ORG' ||
    PROJECT_COMPANIES.some(
      (pc) => pc.project === scope && pc.company === company && date >= pc.joinedOn,
    );
  const scouting = SCOUTING.filter((s) => within(s.on) && companyIn(s.company, s.on));
  const network = scope === 'B' ? [] : NETWORK;
  return {
    PEOPLE_IN_CHARGE: inCharge.length,
    // The erased person's sex is gone with the rest: p4 is a man, so this is the same either way.
    WOMEN_IN_CHARGE: inCharge.filter((key) => key !== ERASED && PEOPLE[key].gender === 'F').length,
    PERSONAL_PLANS: distinct(
      MEMBERSHIPS.filter(
        (m) =>
          (scope === 'ORG' || m.project === scope) && m.personalPlanOn && within(m.personalPlanOn),
      ).map((m) => m.person),
    ),
    INTERNSHIPS_STARTED: started.filter(isInternship).length,
    PLACEMENTS_STARTED: hires.length,
    PEOPLE_PLACED: distinct(hires.map((p) => p.person)),
    PLACEMENTS_ACTIVE: placements.filter(
      (p) => !isInternship(p) && overlaps(p.startDate, p.endDate),
    ).length,
    KM_ZERO_PLACEMENTS: hires.filter((p) => p.kmZero).length,
    L68_INTERNSHIPS: started.filter((p) => p.l68 && isInternship(p)).length,
    L68_HIRES: hires.filter((p) => p.l68).length,
    SOFT_OUTCOME_EDUCATIONAL_GOALS: outcomesReached('EDUCATIONAL_GOALS'),
    SOFT_OUTCOME_PROFESSIONAL_GROWTH: outcomesReached('PROFESSIONAL_GROWTH'),
    SOFT_OUTCOME_JOB_SEARCH_ACTIVATION: outcomesReached('JOB_SEARCH_ACTIVATION'),
    SOFT_OUTCOME_FUTURE_ORIENTATION: outcomesReached('FUTURE_ORIENTATION'),
    ITALIAN_COURSE_PEOPLE: courses('ITALIAN'),
    DIGITAL_COURSE_PEOPLE: courses('DIGITAL'),
    BULLETINS_PUBLISHED: BULLETINS.filter(
      (b) => b.status === 'SENT' && within(b.sentAt!.slice(0, 10)),
    ).length,
    COMPANIES_CONTACTED: distinct(scouting.map((s) => s.company)),
    CONSULTANCIES: scouting.filter((s) => s.kind === 'CONSULTANCY').length,
    NETWORK_ORGANISATIONS_JOINED: network.filter((n) => n.kind === 'ORGANISATION_JOINED').length,
    INSTITUTIONAL_MEETINGS: network.filter((n) => n.kind === 'INSTITUTIONAL_MEETING').length,
  };
}

interface ShownFigure {
  code: string;
  value: number | null;
  target: number | null;
  share?: number | null;
  breakdowns: Array<{
    dimension: string;
    cells: Array<{ value: string; label: string; count: number | null; suppressed: boolean }>;
  }>;
}
const valuesOf = (figures: ShownFigure[]) =>
  Object.fromEntries(figures.map((figure) => [figure.code, figure.value]));
const cellsOf = (figures: ShownFigure[], code: string, dimension: string) =>
  Object.fromEntries(
    figures
      .find((figure) => figure.code === code)!
      .breakdowns.find((breakdown) => breakdown.dimension === dimension)!
      .cells.map((cell) => [cell.value, cell.count]),
  );

describe('funder reports: a year of two projects counted, suppressed, drilled into and exported (e2e)', () => {
  let api: TestApi;
  let coordinator: TestSession;
  let tutorA: TestSession;
  let tutorB: TestSession;
  let consultant: TestSession;
  let stranger: TestSession;
  const ids = {} as Record<Key, string>;
  const companyIds = {} as Record<CompanyKey, string>;
  const projectIds = {} as Record<ProjectKey, string>;
  const http = () => request(api.app.getHttpServer());
  const post = (session: TestSession, path: string, body: object) =>
    http().post(path).set('Authorization', session.auth).send(body);
  const get = (session: TestSession, path: string) =>
    http().get(path).set('Authorization', session.auth);
  const report = (session: TestSession, query: string) =>
    get(session, `/api/reports/funder?${query}`);

  beforeAll(async () => {
    api = await startTestApi('funder-report', { SMALL_CELL_THRESHOLD: String(THRESHOLD) });
    const admin = await createOrganisation(api.app, 'Consorzio Rendicontazione');
    coordinator = await createSession(api.app, admin.organisationId, 'coordinator');
    tutorA = await createSession(api.app, admin.organisationId, 'tutor');
    tutorB = await createSession(api.app, admin.organisationId, 'tutor');
    consultant = await createSession(api.app, admin.organisationId, 'consultant');
    stranger = await createOrganisation(api.app, 'Cooperativa Altrove');
    const strangerCoordinator = await createSession(
      api.app,
      stranger.organisationId,
      'coordinator',
    );
    stranger = strangerCoordinator;

    let n = 0;
    for (const [key, person] of Object.entries(PEOPLE) as Array<[Key, Person]>) {
      n += 1;
      ids[key] = await createTestCandidate(api.app, person.tutor === 'A' ? tutorA : tutorB, {
        firstName: `Nome${key}`,
        lastName: `Cognome${key}`,
        email: `${key}@example.org`,
        gender: person.gender,
        birthDate: person.birthDate,
        home: { municipalityCode: person.municipality },
        targetGroups: person.groups,
        referral: { kind: 'QUBI', name: `Qubì ${n}` },
      });
    }
    let c = 0;
    for (const [key, company] of Object.entries(COMPANIES) as Array<
      [CompanyKey, (typeof COMPANIES)[CompanyKey]]
    >) {
      c += 1;
      companyIds[key] = (
        await createTestCompany(api.app, coordinator, 700 + c, { kmZero: company.kmZero })
      ).id;
      await api.db.query(`UPDATE companies SET ateco_code = $2 WHERE id = $1`, [
        companyIds[key],
        company.ateco,
      ]);
    }

    const projectA = await post(coordinator, '/api/projects', {
      name: 'Lavoro di Comunità',
      funder: 'Fondazione Cariplo',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      territory: 'Municipi 2 e 8 di Milano, Melzo',
      municipalityCodes: [MILANO, MELZO],
      targets: { PEOPLE_IN_CHARGE: 12, PLACEMENTS_STARTED: 8, INTERNSHIPS_STARTED: 4 },
    }).expect(201);
    projectIds.A = projectA.body.id;
    const projectB = await post(coordinator, '/api/projects', {
      name: 'Ponti verso il lavoro',
      funder: 'Regione Lombardia',
      startsOn: '2026-06-01',
      endsOn: '2027-05-31',
    }).expect(201);
    projectIds.B = projectB.body.id;

    for (const m of MEMBERSHIPS) {
      await post(tutorA, `/api/projects/${projectIds[m.project]}/people`, {
        candidateId: ids[m.person],
        joinedOn: m.joinedOn,
        leftOn: m.leftOn ?? null,
        personalPlanOn: m.personalPlanOn ?? null,
      }).expect(201);
    }
    for (const pc of PROJECT_COMPANIES) {
      await post(consultant, `/api/projects/${projectIds[pc.project]}/companies`, {
        companyId: companyIds[pc.company],
        joinedOn: pc.joinedOn,
      }).expect(201);
    }
    for (const course of COURSES) {
      await post(tutorA, `/api/projects/${projectIds[course.project]}/courses`, {
        candidateId: ids[course.person],
        kind: course.kind,
        startedOn: course.startedOn,
      }).expect(201);
    }
    for (const activity of NETWORK) {
      await post(coordinator, `/api/projects/${projectIds.A}/network-activities`, {
        kind: activity.kind,
        occurredOn: activity.on,
        counterpart: activity.counterpart,
      }).expect(201);
    }

    // Records of the other libs, as their use cases leave them.
    const org = admin.organisationId;
    for (const p of PLACEMENTS) {
      await api.db.query(
        `INSERT INTO placements (organisation_id, candidate_id, company_id, contract_type, start_date,
                                 end_date, km_zero, counts_toward_l68, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          org,
          ids[p.person],
          companyIds[p.company],
          p.contractType,
          p.startDate,
          p.endDate ?? null,
          p.kmZero ?? false,
          p.l68 ?? false,
          coordinator.userId,
        ],
      );
    }
    for (const o of OUTCOMES) {
      await api.db.query(
        `INSERT INTO soft_outcomes (organisation_id, candidate_id, kind, level, recorded_at, recorded_by)
         VALUES ($1, $2, $3, $4, ($5::date + time '10:00') AT TIME ZONE 'Europe/Rome', $6)`,
        [org, ids[o.person], o.kind, o.level, o.on, tutorA.userId],
      );
    }
    for (const s of SCOUTING) {
      await api.db.query(
        `INSERT INTO scouting_activities (organisation_id, company_id, consultant_id, kind, topic, occurred_on, created_by)
         VALUES ($1, $2, $3, $4, 'HIRING', $5, $3)`,
        [org, companyIds[s.company], consultant.userId, s.kind, s.on],
      );
    }
    const [area] = await api.db.query(
      `INSERT INTO bulletin_areas (organisation_id, slug, name, municipality_codes, sections)
         VALUES ($1, 'milano-est', 'Milano Est', $2, '{OFFERS}') RETURNING id`,
      [org, [MILANO]],
    );
    for (const b of BULLETINS) {
      await api.db.query(
        `INSERT INTO bulletin_editions (organisation_id, area_id, week_key, status, content, composed_at,
                                        new_offers_since, sent_at)
         VALUES ($1, $2, $3, $4, '{}', now(), now(), $5)`,
        [org, area.id, b.week, b.status, b.sentAt],
      );
    }
    // A district for the breakdown by district: Melzo's.
    await api.db.query(
      `INSERT INTO districts (organisation_id, name, municipality_codes) VALUES ($1, 'Ambito di Melzo', $2)`,
      [org, [MELZO]],
    );

    // p4 asks to be forgotten after the year's work was recorded.
    await post(coordinator, `/api/candidates/${ids[ERASED]}/erase`, {}).expect(200);
  }, 120_000);
  afterAll(() => api?.close());

  it.each(['A', 'B', 'ORG'] as Scope[])(
    'counts every figure of scope %s as the records say, with the targets beside them',
    async (scope) => {
      const query = scope === 'ORG' ? '' : `projectId=${projectIds[scope]}&`;
      const response = await report(coordinator, `${query}from=${FROM}&to=${TO}`).expect(200);
      const counts = expected(scope);
      // Law 68 figures reveal a protected category: small ones are hidden even inside; the
      // coordinator reads them through the records they count.
      const shownInside = Object.fromEntries(
        Object.entries(counts).map(([code, value]) => [
          code,
          SENSITIVE_FIGURES.includes(code) && value > 0 && value < THRESHOLD ? null : value,
        ]),
      );
      expect(valuesOf(response.body.figures)).toEqual(shownInside);
      for (const code of SENSITIVE_FIGURES) {
        const records = await get(
          coordinator,
          `/api/reports/funder/records?${query}from=${FROM}&to=${TO}&figure=${code}`,
        ).expect(200);
        expect([code, records.body.total]).toEqual([code, counts[code]]);
      }
      expect(response.body.period).toEqual({ from: FROM, to: TO });
      if (scope === 'A') {
        const figures: ShownFigure[] = response.body.figures;
        const target = (code: string) => figures.find((f) => f.code === code)!.target;
        expect(target('PEOPLE_IN_CHARGE')).toBe(12);
        expect(target('CONSULTANCIES')).toBeNull();
        expect(figures.find((f) => f.code === 'WOMEN_IN_CHARGE')!.share).toBe(
          Math.round((expected('A').WOMEN_IN_CHARGE / expected('A').PEOPLE_IN_CHARGE) * 1000) / 10,
        );
      }
    },
  );

  it('breaks the people down by sex, age, group and place; special-category groups only as suppressed aggregates', async () => {
    const { body } = await report(coordinator, `projectId=${projectIds.A}`).expect(200);
    const figures: ShownFigure[] = body.figures;
    const inA = [...new Set(MEMBERSHIPS.filter((m) => m.project === 'A').map((m) => m.person))];
    const count = (keep: (key: Key) => boolean) => inA.filter(keep).length;
    expect(cellsOf(figures, 'PEOPLE_IN_CHARGE', 'SEX')).toEqual({
      F: count((k) => k !== ERASED && PEOPLE[k].gender === 'F'),
      M: count((k) => k !== ERASED && PEOPLE[k].gender === 'M'),
      NOT_STATED: 1, // the erased person: counted, sex unknown
    });
    const groups = cellsOf(figures, 'PEOPLE_IN_CHARGE', 'TARGET_GROUP');
    // Five asylum seekers: shown. One person of the justice area left (the other was erased): hidden.
    expect(groups.ASYLUM).toBe(count((k) => PEOPLE[k].groups.includes('ASYLUM')));
    expect(groups.ASYLUM).toBeGreaterThanOrEqual(THRESHOLD);
    expect(groups.CRIMINAL_JUSTICE).toBeNull();
    expect(groups.PARENT).toBe(1); // not special-category: shown inside the organisation
    expect(cellsOf(figures, 'PEOPLE_IN_CHARGE', 'DISTRICT')).toEqual(
      expect.objectContaining({
        'Ambito di Melzo': count((k) => PEOPLE[k].municipality === MELZO),
      }),
    );
    expect(cellsOf(figures, 'PLACEMENTS_STARTED', 'SECTOR')).toEqual({ I: 3, N: 4 });
    expect(cellsOf(figures, 'PLACEMENTS_STARTED', 'CONTRACT')).toEqual({
      OPEN_ENDED: 2,
      FIXED_TERM: 2,
      APPRENTICESHIP: 1,
      OCCASIONAL: 1,
      VOUCHER: 1,
    });
    expect(cellsOf(figures, 'PLACEMENTS_STARTED', 'KM_ZERO')).toEqual({ YES: 2, NO: 5 });
    expect(cellsOf(figures, 'INTERNSHIPS_STARTED', 'CONTRACT')).toEqual({
      'C.01.00': 1,
      TIROCINIO_INCLUSIONE: 1,
    });
    const audit = await api.db.query(
      `SELECT details FROM audit_log WHERE action = 'SENSITIVE_AGGREGATED' AND actor_user_id = $1`,
      [coordinator.userId],
    );
    expect(audit.length).toBeGreaterThan(0);
    expect(JSON.stringify(audit)).not.toContain(ids.p2);
  });

  it('suppresses every small count of people in what leaves the organisation, and its complement', async () => {
    const { body } = await report(
      coordinator,
      `projectId=${projectIds.A}&audience=EXTERNAL`,
    ).expect(200);
    const figures: ShownFigure[] = body.figures;
    const values = valuesOf(figures);
    const counts = expected('A');
    for (const [code, value] of Object.entries(counts)) {
      const aboutPeople = ![
        'BULLETINS_PUBLISHED',
        'COMPANIES_CONTACTED',
        'CONSULTANCIES',
        'NETWORK_ORGANISATIONS_JOINED',
        'INSTITUTIONAL_MEETINGS',
      ].includes(code);
      const small = value > 0 && value < THRESHOLD;
      // Nine people in charge and five women: the four others would be had by difference.
      const rest = counts.PEOPLE_IN_CHARGE - value;
      const byDifference = code === 'WOMEN_IN_CHARGE' && rest > 0 && rest < THRESHOLD;
      expect([code, values[code]]).toEqual([
        code,
        aboutPeople && (small || byDifference) ? null : value,
      ]);
    }
    for (const figure of figures)
      for (const breakdown of figure.breakdowns) {
        const shown = breakdown.cells.filter((cell) => cell.count !== null);
        for (const cell of shown) expect(cell.count === 0 || cell.count! >= THRESHOLD).toBe(true);
        // The shown total minus the shown cells is what the hidden ones add up to: never small.
        if (figure.value !== null && breakdown.dimension !== 'TARGET_GROUP') {
          const rest = figure.value - shown.reduce((sum, cell) => sum + cell.count!, 0);
          expect([figure.code, breakdown.dimension, rest > 0 && rest < THRESHOLD]).toEqual([
            figure.code,
            breakdown.dimension,
            false,
          ]);
        }
      }
    expect(body.suppressedLabel).toMatch(/meno di 5 persone/);
  });

  it('opens a figure into its records; the erased person is counted and never named', async () => {
    const { body } = await get(
      coordinator,
      `/api/reports/funder/records?projectId=${projectIds.A}&figure=PEOPLE_IN_CHARGE`,
    ).expect(200);
    expect(body.total).toBe(expected('A').PEOPLE_IN_CHARGE);
    const erased = body.items.find((item: { recordId: string }) => item.recordId === ids[ERASED]);
    expect(erased.person).toEqual({ candidateId: ids[ERASED], name: null, erased: true });
    expect(JSON.stringify(body)).not.toMatch(/Cognomep4|anonimizzata/);
    expect(body.items.map((item: { person: { name: string } }) => item.person.name)).toContain(
      'Nomep1 Cognomep1',
    );
    const second = await get(
      coordinator,
      `/api/reports/funder/records?projectId=${projectIds.A}&figure=PEOPLE_IN_CHARGE&page=2&pageSize=5`,
    ).expect(200);
    expect(second.body).toEqual(expect.objectContaining({ page: 2, pageSize: 5, withheld: 0 }));
    expect(second.body.items).toHaveLength(expected('A').PEOPLE_IN_CHARGE - 5);
    const placed = await get(
      coordinator,
      `/api/reports/funder/records?projectId=${projectIds.A}&figure=PLACEMENTS_STARTED&dimension=SECTOR&value=N`,
    ).expect(200);
    expect(placed.body.items).toHaveLength(4);
    expect(
      placed.body.items.every((item: { recordType: string }) => item.recordType === 'PLACEMENT'),
    ).toBe(true);
  });

  it('gives a person’s projects and courses in their GDPR export', async () => {
    const exported = await get(tutorA, `/api/candidates/${ids.p2}/export`).expect(200);
    expect(exported.body.sections.projects).toEqual({
      memberships: [
        expect.objectContaining({ project: 'Lavoro di Comunità', joinedOn: '2026-01-15' }),
        expect.objectContaining({ project: 'Ponti verso il lavoro', joinedOn: '2026-06-01' }),
      ],
      courses: [expect.objectContaining({ kind: 'ITALIAN', startedOn: '2026-02-01' })],
    });
  });

  it('lists the people of a special-category group only to those on their cases, each read audited', async () => {
    const path = `/api/reports/funder/records?projectId=${projectIds.A}&figure=PEOPLE_IN_CHARGE&dimension=TARGET_GROUP&value=ASYLUM`;
    const asylum = (Object.keys(PEOPLE) as Key[]).filter((k) =>
      PEOPLE[k].groups.includes('ASYLUM'),
    );
    const mine = (await get(tutorA, path).expect(200)).body;
    expect(mine.items.map((item: { recordId: string }) => item.recordId).sort()).toEqual(
      asylum.map((k) => ids[k]).sort(),
    );
    const reads = await api.db.query(
      `SELECT subject_id FROM audit_log WHERE action = 'SENSITIVE_READ' AND actor_user_id = $1
          AND details ->> 'purpose' = 'funder-report-records'`,
      [tutorA.userId],
    );
    expect(reads.map((row: { subject_id: string }) => row.subject_id).sort()).toEqual(
      asylum.map((k) => ids[k]).sort(),
    );
    for (const session of [tutorB, consultant]) {
      const theirs = (await get(session, path).expect(200)).body;
      expect(theirs).toEqual(expect.objectContaining({ items: [], total: null, withheld: null }));
    }
    // Being counted among the Law 68 hires reveals a protected category: the same rule.
    const l68 = `/api/reports/funder/records?projectId=${projectIds.A}&figure=L68_HIRES`;
    expect((await get(tutorA, l68).expect(200)).body.items).toEqual([
      expect.objectContaining({
        recordType: 'PLACEMENT',
        person: expect.objectContaining({ candidateId: ids.p6 }),
      }),
    ]);
    expect((await get(tutorB, l68).expect(200)).body).toEqual(
      expect.objectContaining({ items: [], total: null, withheld: null }),
    );
    const l68Reads = await api.db.query(
      `SELECT subject_id FROM audit_log WHERE action = 'SENSITIVE_READ' AND actor_user_id = $1
          AND details -> 'fields' ? 'l68'`,
      [tutorA.userId],
    );
    expect(l68Reads.map((row: { subject_id: string }) => row.subject_id)).toEqual([ids.p6]);
    // A group that is not special-category is listed to any of the staff.
    const parents = await get(
      consultant,
      `/api/reports/funder/records?projectId=${projectIds.A}&figure=PEOPLE_IN_CHARGE&dimension=TARGET_GROUP&value=PARENT`,
    ).expect(200);
    expect(parents.body.items.map((item: { recordId: string }) => item.recordId)).toEqual([ids.p1]);
  });

  it('writes a workbook that reads back with the external figures', async () => {
    const response = await get(
      coordinator,
      `/api/reports/funder/export?projectId=${projectIds.A}&format=xlsx`,
    )
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(response.headers['content-type']).toMatch(/spreadsheetml/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as Parameters<typeof workbook.xlsx.load>[0]);
    const sheet = workbook.getWorksheet('Indicatori')!;
    expect(sheet.getCell('A1').value).toBe('Rendicontazione – Lavoro di Comunità');
    const read: Record<string, unknown> = {};
    sheet.eachRow((row) => {
      const code = row.getCell(1).value;
      if (typeof code === 'string' && /^[A-Z0-9_]+$/.test(code)) read[code] = row.getCell(3).value;
    });
    const counts = expected('A');
    const external = valuesOf(
      (await report(coordinator, `projectId=${projectIds.A}&audience=EXTERNAL`).expect(200)).body
        .figures,
    );
    expect(Object.keys(read).sort()).toEqual(Object.keys(counts).sort());
    for (const code of Object.keys(counts))
      expect([code, read[code]]).toEqual([code, external[code] ?? 'n.d.']);
    expect(read.PEOPLE_IN_CHARGE).toBe(counts.PEOPLE_IN_CHARGE);
    expect(read.INSTITUTIONAL_MEETINGS).toBe(counts.INSTITUTIONAL_MEETINGS);
    const detail = workbook.getWorksheet('Dettaglio')!;
    expect(detail.getRow(1).values).toEqual([
      undefined,
      'Codice',
      'Indicatore',
      'Dimensione',
      'Voce',
      'Valore',
    ]);
    const exported = await api.db.query(
      `SELECT details FROM audit_log WHERE action = 'DATA_EXPORTED' AND subject_id = $1`,
      [projectIds.A],
    );
    expect(exported[0].details).toEqual(
      expect.objectContaining({ export: 'funder-report', format: 'xlsx' }),
    );
  });

  it('writes a CSV with Italian headings', async () => {
    const response = await get(
      coordinator,
      `/api/reports/funder/export?projectId=${projectIds.A}&format=csv`,
    ).expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    const lines = response.text.replace('\uFEFF', '').split('\r\n');
    expect(lines[0]).toBe('Codice;Indicatore;Dimensione;Voce;Valore;Obiettivo;% dell’obiettivo');
    expect(lines).toContain(
      `PEOPLE_IN_CHARGE;Persone prese in carico;Totale;;${expected('A').PEOPLE_IN_CHARGE};12;${String(
        Math.round((expected('A').PEOPLE_IN_CHARGE / 12) * 1000) / 10,
      ).replace('.', ',')}`,
    );
  });

  it('renders the printable report with its charts', async () => {
    const response = await get(
      coordinator,
      `/api/reports/funder/export?projectId=${projectIds.A}&format=html`,
    ).expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.text).toContain('Risultati rispetto agli obiettivi');
    expect(response.text).not.toMatch(/Nomep\d/);
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1000, height: 1200 } });
      await page.setContent(response.text);
      // Charts of suppressed bars only are left out: here, the targets chart stays.
      await expect(
        page.locator('svg[aria-label="Risultati rispetto agli obiettivi"] rect.bar').count(),
      ).resolves.toBe(2);
      await mkdir(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: resolve(SCREENSHOTS, 'funder-report.png'), fullPage: true });
      await page.screenshot({ path: resolve(SCREENSHOTS, 'funder-report-top.png') });
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    } finally {
      await browser.close();
    }
  });

  it('refuses bad input with a problem in Italian, and changes nothing', async () => {
    expectProblem(
      await report(coordinator, `from=2026-12-31&to=2026-01-01`),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(await report(coordinator, `from=2026-01-01`), 400, 'VALIDATION_FAILED');
    expectProblem(
      await get(coordinator, `/api/reports/funder/export?projectId=${projectIds.A}&format=pdf`),
      400,
    );
    expectProblem(await report(stranger, `projectId=${projectIds.A}`), 404, 'PROJECT_NOT_FOUND');
    const before = await api.db.query(`SELECT count(*)::int AS n FROM project_candidates`);
    expectProblem(
      await post(coordinator, `/api/projects/${projectIds.B}/people`, {
        candidateId: ids.p1,
        joinedOn: '2026-01-01',
      }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await post(coordinator, `/api/projects/${projectIds.A}/people`, {
        candidateId: ids.p1,
        joinedOn: '2026-05-01',
        leftOn: '2026-04-01',
      }),
      400,
    );
    expectProblem(
      await post(stranger, `/api/projects/${projectIds.A}/people`, {
        candidateId: ids.p1,
        joinedOn: '2026-05-01',
      }),
      404,
    );
    expect(await api.db.query(`SELECT count(*)::int AS n FROM project_candidates`)).toEqual(before);
    const badTarget = await post(coordinator, '/api/projects', {
      name: 'Obiettivi sbagliati',
      funder: 'Fondazione',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      targets: { PEOPLE_TAKEN: 3 },
    });
    expectProblem(badTarget, 400, 'VALIDATION_FAILED');
    expect(badTarget.body.detail).toMatch(/campi non sono validi/);
    expectProblem(
      await post(coordinator, '/api/projects', {
        name: 'Lavoro di comunità',
        funder: 'X',
        startsOn: '2026-01-01',
        endsOn: '2026-02-01',
      }),
      409,
    );
    expectProblem(
      await post(tutorA, '/api/projects', {
        name: 'Del tutor',
        funder: 'X',
        startsOn: '2026-01-01',
        endsOn: '2026-02-01',
      }),
      403,
    );
  });
});
