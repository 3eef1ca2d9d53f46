import {
  BaseResolver,
  createConfig,
  lintDocument,
  makeDocumentFromString,
} from '@redocly/openapi-core';
import {
  candidateBody,
  createOrganisation,
  createSession,
  createTestCompany,
  startTestApi,
  type TestApi,
  type TestSession,
  vacancyBody,
} from '#libs/testing';
import request from 'supertest';
import { generateResponseSchemas } from '../apps/api/scripts/generate-response-schemas.js';
import { RESPONSE_SCHEMAS } from '../apps/api/src/openapi/response-schemas.generated.js';
import { MILANO, workforce } from './law68.fixtures.js';
import { conformanceProblems, type OpenApiDocument } from './support/openapi-conformance.js';

/** The fields of created records that the next calls use. */
interface CreatedBody {
  id: string;
  version: number;
  edition: { id: string };
}

interface Operation {
  method: string;
  path: string;
  security?: unknown[];
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

const PROBLEM_JSON = 'application/problem+json';

describe('the OpenAPI document (e2e)', () => {
  let api: TestApi;
  let document: OpenApiDocument & Record<string, unknown>;
  let operations: Operation[];
  const http = () => request(api.app.getHttpServer());

  beforeAll(async () => {
    api = await startTestApi('openapi', { RATE_LIMITS_ENABLED: 'false' });
    document = (await http().get('/api/docs-json').expect(200)).body;
    operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({
        method,
        path,
        ...(operation as Omit<Operation, 'method' | 'path'>),
      })),
    );
  });
  afterAll(() => api.close());

  it('passes the recommended rules of Redocly with no error and no warning', async () => {
    const problems = await lintDocument({
      document: makeDocumentFromString(JSON.stringify(document), 'openapi.json'),
      config: await createConfig({ extends: ['recommended'] }),
      externalRefResolver: new BaseResolver(),
    });
    const found = problems.map(
      (problem) =>
        `${problem.severity} ${problem.ruleId} ${problem.location[0]?.pointer}: ${problem.message}`,
    );
    expect(found.filter((line) => line.startsWith('error'))).toEqual([]);
    expect(found).toEqual([]);
  });

  it('documents the success body and the problem+json errors of every operation', () => {
    expect(operations.length).toBeGreaterThan(90);
    const missing: string[] = [];
    for (const operation of operations) {
      const name = `${operation.method.toUpperCase()} ${operation.path}`;
      const responses = Object.entries(operation.responses);
      const success = responses.filter(([status]) => status.startsWith('2'));
      const described = success.some(
        ([status, response]) =>
          status === '204' ||
          Object.entries(response.content ?? {}).some(
            ([type, media]) => !type.endsWith('json') || media.schema !== undefined,
          ),
      );
      if (!described) missing.push(`${name}: no success body`);
      const problems = responses.filter(([status, response]) => {
        return Number(status) >= 400 && response.content?.[PROBLEM_JSON] !== undefined;
      });
      if (problems.length === 0) missing.push(`${name}: no problem+json error`);
      if (operation.security?.length === 0) continue;
      if (!operation.responses['401']) missing.push(`${name}: needs a token but no 401`);
    }
    expect(missing).toEqual([]);
  });

  it('marks the public operations, and only them, with `security: []`', async () => {
    const publicOperations = operations
      .filter((operation) => operation.security?.length === 0)
      .map((operation) => `${operation.method} ${operation.path}`);
    expect(publicOperations).toEqual(
      expect.arrayContaining([
        'get /api/health',
        'post /api/auth/login',
        'post /api/bulletin/subscriptions',
        'get /bollettino/{area}/{week}',
      ]),
    );
    // Every other operation really refuses a call without a token.
    for (const operation of operations.filter((o) => o.security?.length !== 0)) {
      const path = operation.path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
      const method = operation.method as 'get' | 'post' | 'put' | 'patch' | 'delete';
      expect([operation.path, (await http()[method](path)).status]).toEqual([operation.path, 401]);
    }
  });

  it('names every operation with a stable, unique operationId', () => {
    const ids = operations.map((operation) => (operation as { operationId?: string }).operationId);
    expect(ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z0-9]*$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['candidatesCreate', 'matchingForCandidate']));
  });

  // The TypeScript compiler reads the whole project: seconds of CPU, more on a busy machine.
  it('is generated from the current code (npm run openapi:schemas after changing a view)', () => {
    expect(JSON.parse(JSON.stringify(generateResponseSchemas()))).toEqual(
      JSON.parse(JSON.stringify(RESPONSE_SCHEMAS)),
    );
  }, 120_000);

  describe('real answers match it', () => {
    let admin: TestSession;
    let coordinator: TestSession;
    let candidateId: string;
    let company: { id: string; siteId: string };
    let vacancyId: string;
    const problems: string[] = [];
    const statuses: string[] = [];

    /** Calls the API and records every way the answer departs from the document. */
    async function call(
      session: TestSession | null,
      method: 'get' | 'post' | 'put' | 'patch' | 'delete',
      template: string,
      params: Record<string, string> = {},
      body?: object,
      query: Record<string, string> = {},
    ) {
      const path = template.replace(/\{(\w+)\}/g, (_, name: string) => params[name]);
      let pending = http()[method](path).query(query);
      if (session) pending = pending.set('Authorization', session.auth);
      const response = await (body ? pending.send(body) : pending);
      problems.push(...conformanceProblems(document, method, template, response));
      statuses.push(`${response.status} ${method} ${path}`);
      return response;
    }

    beforeAll(async () => {
      admin = await createOrganisation(api.app);
      coordinator = await createSession(api.app, admin.organisationId, 'coordinator');
    });

    it('for records, lists, explanations and errors', async () => {
      const none = '00000000-0000-4000-8000-000000000000';
      await call(null, 'get', '/api/health');
      await call(coordinator, 'get', '/api/auth/me');
      await call(admin, 'get', '/api/users');
      await call(null, 'post', '/api/auth/login', {}, { email: admin.email, password: 'no' });
      await call(null, 'get', '/api/bulletin/subscriptions/form');
      await call(coordinator, 'get', '/api/pathway/vocabulary');
      await call(coordinator, 'get', '/api/taxonomy/occupations', {}, undefined, {
        q: 'badante',
      });
      const candidate = await call(coordinator, 'post', '/api/candidates', {}, candidateBody());
      expect(candidate.status).toBe(201);
      const id = (candidateId = candidate.body.id as string);
      await call(coordinator, 'get', '/api/candidates/{id}', { id });
      await call(coordinator, 'get', '/api/candidates');
      await call(coordinator, 'patch', '/api/candidates/{id}', { id }, { maxTravelKm: 10 });
      company = await createTestCompany(api.app, coordinator, 1);
      await call(coordinator, 'get', '/api/companies/{id}', { id: company.id });
      await call(coordinator, 'get', '/api/companies');
      await call(coordinator, 'get', '/api/companies/{id}/law68', { id: company.id });
      const vacancy = await call(coordinator, 'post', '/api/vacancies', {}, vacancyBody(company));
      expect(vacancy.status).toBe(201);
      vacancyId = vacancy.body.id as string;
      await call(
        coordinator,
        'patch',
        '/api/vacancies/{id}',
        { id: vacancyId },
        { status: 'OPEN' },
      );
      await call(coordinator, 'get', '/api/vacancies');
      await call(coordinator, 'get', '/api/candidates/{id}/matches', { id });
      await call(coordinator, 'get', '/api/candidates/{id}/matches/{vacancyId}', {
        id,
        vacancyId,
      });
      await call(coordinator, 'get', '/api/vacancies/{id}/matches', { id: vacancyId });
      await call(coordinator, 'get', '/api/candidates/{id}/proposals', { id });
      await call(coordinator, 'get', '/api/candidates/{id}/placements', { id });
      await call(coordinator, 'get', '/api/candidates/{id}/export', { id });
      await call(coordinator, 'get', '/api/scouting/pipeline');
      await call(coordinator, 'get', '/api/scouting/priorities');
      await call(coordinator, 'get', '/api/law68/territory');
      await call(coordinator, 'get', '/api/search/vacancies', {}, undefined, { q: 'pulizie' });
      await call(coordinator, 'get', '/api/search/companies');
      await call(coordinator, 'get', '/api/bulletin/areas');
      await call(coordinator, 'get', '/api/bulletin/editions');
      await call(coordinator, 'get', '/api/audit');
      // Errors: not found, invalid, forbidden, unauthenticated.
      await call(coordinator, 'get', '/api/candidates/{id}', { id: none });
      await call(coordinator, 'post', '/api/candidates', {}, { firstName: 42 });
      await call(coordinator, 'post', '/api/users', {}, { email: 'x@example.org' });
      await call(null, 'get', '/api/candidates');
      expect(problems).toEqual([]);
      // The calls did what they were meant to: 30 successes (the login is refused), then four errors.
      expect(statuses.filter((line) => line.startsWith('2'))).toHaveLength(30);
      expect(statuses.slice(-4).map((line) => line.slice(0, 3))).toEqual([
        '404',
        '400',
        '403',
        '401',
      ]);
    });

    it('for the pathway, Law 68, scouting and the bulletin', async () => {
      statuses.length = 0;
      const id = candidateId;
      const expected = async (
        status: number,
        pending: Promise<{ status: number; body: CreatedBody }>,
      ) => {
        const response = await pending;
        expect([status, response.status, response.body]).toEqual([status, status, response.body]);
        return response.body;
      };
      // Pathway: propose, move, read, record outcomes.
      const proposal = await expected(
        201,
        call(
          coordinator,
          'post',
          '/api/proposals',
          {},
          { candidateId: id, vacancyId, note: 'Motivata' },
        ),
      );
      await call(coordinator, 'post', '/api/proposals', {}, { candidateId: id, vacancyId });
      const moved = { to: 'SENT_TO_COMPANY' };
      await expected(
        200,
        call(coordinator, 'post', '/api/proposals/{id}/transitions', { id: proposal.id }, moved),
      );
      await call(
        coordinator,
        'post',
        '/api/proposals/{id}/transitions',
        { id: proposal.id },
        moved,
      );
      await call(coordinator, 'get', '/api/proposals/{id}', { id: proposal.id });
      await call(coordinator, 'get', '/api/vacancies/{id}/proposals', { id: vacancyId });
      const hire = {
        candidateId: id,
        companyId: company.id,
        contractType: 'A.02.00',
        weeklyHours: 20,
        startDate: '2026-04-01',
        endDate: '2026-12-31',
      };
      const placement = await expected(201, call(coordinator, 'post', '/api/placements', {}, hire));
      await call(
        coordinator,
        'patch',
        '/api/placements/{id}',
        { id: placement.id },
        {
          endDate: '2026-10-31',
        },
      );
      await call(coordinator, 'get', '/api/candidates/{id}/placements', { id });
      const soft = { kind: 'EDUCATIONAL_GOALS', level: 3, notes: 'Puntuale' };
      await expected(
        201,
        call(coordinator, 'post', '/api/candidates/{id}/soft-outcomes', { id }, soft),
      );
      await call(coordinator, 'get', '/api/candidates/{id}/soft-outcomes', { id });
      // Law 68.
      await expected(200, call(coordinator, 'post', '/api/law68/quota', {}, workforce()));
      await call(
        coordinator,
        'post',
        '/api/law68/quota',
        {},
        workforce({}, { totalEmployees: -1 }),
      );
      const declarationsPath = '/api/companies/{id}/law68/declarations';
      await expected(
        201,
        call(coordinator, 'post', declarationsPath, { id: company.id }, workforce()),
      );
      await call(coordinator, 'get', declarationsPath, { id: company.id });
      const convention = await expected(
        201,
        call(
          coordinator,
          'post',
          '/api/companies/{id}/law68/conventions',
          { id: company.id },
          {
            type: 'ART12BIS',
            cooperativeName: 'Cooperativa sociale Il Germoglio',
            positions: 1,
            startDate: '2026-03-02',
          },
        ),
      );
      await call(
        coordinator,
        'patch',
        '/api/companies/{id}/law68/conventions/{conventionId}',
        { id: company.id, conventionId: convention.id },
        { endDate: '2027-02-28', version: convention.version },
      );
      await call(coordinator, 'get', '/api/companies/{id}/law68/conventions', { id: company.id });
      await call(coordinator, 'get', '/api/companies/{id}/law68', { id: company.id });
      const district = { name: 'CPI Milano', municipalityCodes: [MILANO] };
      await expected(201, call(coordinator, 'post', '/api/law68/districts', {}, district));
      await expected(409, call(coordinator, 'post', '/api/law68/districts', {}, district));
      await call(coordinator, 'get', '/api/law68/districts');
      await call(coordinator, 'get', '/api/law68/territory', {}, undefined, { format: 'csv' });
      // Scouting.
      const activity = await expected(
        201,
        call(
          coordinator,
          'post',
          '/api/scouting/activities',
          {},
          {
            companyId: company.id,
            kind: 'CONSULTANCY',
            topic: 'TOOLS',
            occurredOn: '2026-05-12',
            nextAction: 'Inviare la bozza di convenzione',
            nextActionDue: '2026-05-20',
          },
        ),
      );
      await call(coordinator, 'get', '/api/scouting/activities');
      await call(coordinator, 'get', '/api/scouting/next-actions');
      await call(coordinator, 'post', '/api/scouting/activities/{id}/next-action/done', {
        id: activity.id,
      });
      await call(
        coordinator,
        'put',
        '/api/scouting/companies/{id}/stage',
        { id: company.id },
        {
          stage: 'CONTACTED',
        },
      );
      await call(coordinator, 'get', '/api/scouting/companies/{id}', { id: company.id });
      await call(coordinator, 'get', '/api/scouting/km-zero', {}, undefined, {
        municipality: MILANO,
      });
      await call(coordinator, 'get', '/api/scouting/priorities', {}, undefined, { format: 'csv' });
      // The bulletin.
      const area = await expected(
        201,
        call(
          coordinator,
          'post',
          '/api/bulletin/areas',
          {},
          {
            slug: 'milano-centro',
            name: 'Milano centro',
            centre: { lat: 45.4642, lng: 9.19 },
            radiusKm: 2.5,
          },
        ),
      );
      await call(coordinator, 'get', '/api/bulletin/areas/{id}', { id: area.id });
      const content = await expected(
        201,
        call(
          coordinator,
          'post',
          '/api/bulletin/contents',
          {},
          {
            kind: 'USEFUL_SERVICE',
            title: 'Sportello casa',
            provider: 'Comune di Milano',
            summary: 'Aiuto per l’affitto.',
            areaIds: [area.id],
          },
        ),
      );
      await call(coordinator, 'get', '/api/bulletin/contents/{id}', { id: content.id });
      await call(coordinator, 'get', '/api/bulletin/contents');
      const composed = await expected(
        200,
        call(coordinator, 'post', '/api/bulletin/areas/{id}/editions', { id: area.id }, {}),
      );
      const edition = { id: composed.edition.id };
      await call(coordinator, 'get', '/api/bulletin/editions/{id}', edition);
      await call(coordinator, 'get', '/api/bulletin/editions/{id}/preview', edition);
      await call(coordinator, 'post', '/api/bulletin/editions/{id}/send', edition);
      await expected(
        200,
        call(coordinator, 'post', '/api/bulletin/editions/{id}/approve', edition),
      );
      await call(
        coordinator,
        'post',
        '/api/bulletin/subscribers',
        {},
        {
          candidateId: id,
          areaIds: [area.id],
        },
      );
      await call(coordinator, 'get', '/api/bulletin/subscribers');
      const reader = { email: 'lettrice@example.org', areas: ['milano-centro'], consent: true };
      await expected(202, call(null, 'post', '/api/bulletin/subscriptions', {}, reader));
      const link = { token: 'not-a-real-token-0000000000000000' };
      await call(null, 'post', '/api/bulletin/subscriptions/confirm', {}, undefined, link);
      await call(null, 'get', '/api/bulletin/subscriptions/preferences', {}, undefined, link);
      await call(null, 'get', '/bollettino/{area}/{week}', {
        area: 'milano-centro',
        week: '2026-W01',
      });
      await call(
        admin,
        'post',
        '/api/users',
        {},
        {
          email: 'nuova@example.org',
          displayName: 'Nuova tutor',
          role: 'tutor',
          password: 'una-password-lunga-abbastanza',
        },
      );
      expect(problems).toEqual([]);
      expect(statuses.filter((line) => line.startsWith('5'))).toEqual([]);
    });
  });
});
