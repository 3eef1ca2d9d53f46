import { jest } from '@jest/globals';
import {
  candidateBody,
  createOrganisation,
  createSession,
  databaseFingerprint,
  type TestSession,
} from '#libs/testing';
import { startTestApi, type TestApi } from './support/test-api.js';
import request from 'supertest';

interface Operation {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  path: string;
  hasBody: boolean;
  properties: Record<string, { type?: string }>;
  /** Every text field of the body, nested ones included, as paths like `experiences[0].occupationText`. */
  textPaths: string[];
  queryParams: string[];
}

interface SchemaObject {
  type?: string;
  $ref?: string;
  properties?: Record<string, SchemaObject>;
  items?: SchemaObject;
  allOf?: SchemaObject[];
  oneOf?: SchemaObject[];
  anyOf?: SchemaObject[];
}

/** Text that PostgreSQL cannot store or JSON cannot carry: each must be a 400 naming its field. */
const UNSTORABLE_STRINGS = ['\u0000', 'Rossi\u0000', '\ud800', 'fine \udfff', '\udc00\ud800'];

const HOSTILE_STRINGS = [
  "' OR '1'='1",
  "'; DROP TABLE candidates; --",
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '%2e%2e%2f%2e%2e%2f',
  '\u0000',
  '𝕴𝖓𝖈𝖗𝖔𝖈𝖎𝖔'.repeat(50),
];
const HOSTILE_NUMBERS = [-1, -1e308, 1e308, 2 ** 63, 0.000001];
const HOSTILE_IDS = [
  '../../etc/passwd',
  "1' OR '1'='1",
  '-1',
  '99999999999999999999',
  '<script>',
  'null',
  '%00',
];

/** Every operation of the API, read from its own OpenAPI document, so new endpoints are covered too. */
function operationsOf(document: {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: Array<{ in: string; name: string }>;
        requestBody?: { content?: Record<string, { schema?: { $ref?: string } }> };
      }
    >
  >;
  components?: { schemas?: Record<string, SchemaObject> };
}): Operation[] {
  const operations: Operation[] = [];
  const resolve = (schema: SchemaObject): SchemaObject =>
    schema.$ref ? (document.components?.schemas?.[schema.$ref.split('/').pop()!] ?? {}) : schema;
  /** The paths of the string fields of a schema, through references, arrays and compositions. */
  const textPaths = (schema: SchemaObject, prefix: string, depth: number): string[] => {
    const resolved = resolve(schema);
    if (depth > 6) return [];
    if (resolved.type === 'string') return prefix ? [prefix] : [];
    const parts = [...(resolved.allOf ?? []), ...(resolved.oneOf ?? []), ...(resolved.anyOf ?? [])];
    if (parts.length > 0)
      return [...new Set(parts.flatMap((p) => textPaths(p, prefix, depth + 1)))];
    if (resolved.type === 'array' && resolved.items)
      return textPaths(resolved.items, `${prefix}[0]`, depth + 1);
    return Object.entries(resolved.properties ?? {}).flatMap(([name, child]) =>
      textPaths(child, prefix ? `${prefix}.${name}` : name, depth + 1),
    );
  };
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, spec] of Object.entries(methods)) {
      if (!['get', 'post', 'patch', 'put', 'delete'].includes(method)) continue;
      const ref = spec.requestBody?.content?.['application/json']?.schema?.$ref;
      const schema = ref ? document.components?.schemas?.[ref.split('/').pop()!] : undefined;
      operations.push({
        method: method as Operation['method'],
        path,
        hasBody: ['post', 'patch', 'put'].includes(method),
        properties: (schema?.properties ?? {}) as Operation['properties'],
        textPaths: schema ? textPaths(schema, '', 0) : [],
        queryParams: (spec.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
      });
    }
  }
  return operations;
}

/** A copy of `body` (or a new object) with `value` at `path`, creating the objects and arrays on the way. */
function withValueAt(body: unknown, path: string, value: unknown): Record<string, unknown> {
  const root = structuredClone(body ?? {}) as Record<string, unknown>;
  const keys = path.match(/[^.[\]]+/g)!;
  let node: Record<string, unknown> = root;
  keys.forEach((key, i) => {
    if (i === keys.length - 1) {
      node[key] = value;
      return;
    }
    const next = node[key];
    if (next === null || typeof next !== 'object') node[key] = /^\d+$/.test(keys[i + 1]) ? [] : {};
    node = node[key] as Record<string, unknown>;
  });
  return root;
}

/** The paths of every string in a body, like `experiences[0].occupationText`. */
function stringPathsOf(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  if (Array.isArray(value))
    return value.flatMap((item, i) => stringPathsOf(item, `${prefix}[${i}]`));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, child]) =>
      stringPathsOf(child, prefix ? `${prefix}.${key}` : key),
    );
  return [];
}

/** Bodies that are wrong as a whole: each must be refused before anything is written. */
function hostileBodies(properties: Operation['properties']): unknown[] {
  const names = Object.keys(properties);
  const wrongType = (type?: string) =>
    type === 'string' ? 12345 : type === 'number' || type === 'integer' ? 'molti' : 'x';
  return [
    [],
    "'; DROP TABLE candidates; --",
    -1,
    { __proto__: { role: 'admin' }, constructor: { prototype: { role: 'admin' } } },
    { unexpected: "' OR 1=1 --", ...Object.fromEntries(names.map((n) => [n, HOSTILE_STRINGS[1]])) },
    Object.fromEntries(names.map((n) => [n, wrongType(properties[n].type)])),
    ...HOSTILE_NUMBERS.map((value) => ({
      unexpected: true,
      ...Object.fromEntries(names.map((n) => [n, value])),
    })),
    Object.fromEntries(names.map((n) => [n, { $gt: '' }])),
    Object.fromEntries(names.map((n) => [n, null])),
    { deep: JSON.parse('['.repeat(2000) + ']'.repeat(2000)) },
  ];
}

// Every operation of the API, for every role, with a dozen bodies each: minutes, not seconds, on a
// busy machine, and longer with every endpoint added.
jest.setTimeout(180_000);

describe('hostile input at every endpoint (e2e)', () => {
  let api: TestApi;
  let sessions: TestSession[];
  let foreignIds: string[];
  let operations: Operation[];
  const http = () => request(api.app.getHttpServer());
  /** A request with the operation's method on a path (supertest has one function per method). */
  const call = (method: Operation['method'], path: string) => http()[method](path);

  beforeAll(async () => {
    api = await startTestApi('hostile', { RATE_LIMITS_ENABLED: 'false' });
    const admin = await createOrganisation(api.app, 'Organizzazione A');
    sessions = [admin];
    for (const role of ['coordinator', 'tutor', 'consultant'] as const) {
      sessions.push(await createSession(api.app, admin.organisationId, role));
    }
    const other = await createOrganisation(api.app, 'Organizzazione B');
    const otherTutor = await createSession(api.app, other.organisationId, 'tutor');
    const foreign = await http()
      .post('/api/candidates')
      .set('Authorization', otherTutor.auth)
      .send(candidateBody())
      .expect(201);
    foreignIds = [foreign.body.id, otherTutor.userId, other.organisationId];
    operations = operationsOf((await http().get('/api/docs-json').expect(200)).body);
  });
  afterAll(() => api?.close());

  const withIds = (path: string, id: string) => path.replace(/\{[^}]+\}/g, encodeURIComponent(id));

  it('covers the API (the OpenAPI document lists the operations)', () => {
    expect(operations.length).toBeGreaterThan(10);
    expect(operations.some((op) => op.path === '/api/candidates' && op.method === 'post')).toBe(
      true,
    );
  });

  it('refuses malformed bodies with 4xx problem+json and writes nothing', async () => {
    const before = await databaseFingerprint(api.db);
    const failures: string[] = [];
    for (const op of operations.filter((o) => o.hasBody)) {
      const path = withIds(op.path, foreignIds[0]);
      for (const session of sessions) {
        for (const body of hostileBodies(op.properties)) {
          const response = await call(op.method, path)
            .set('Authorization', session.auth)
            .set('Content-Type', 'application/json')
            .send(JSON.stringify(body));
          if (response.status < 400 || response.status >= 500)
            failures.push(
              `${op.method} ${op.path} ${session.role} ${response.status} ${JSON.stringify(body).slice(0, 60)}`,
            );
          else if (
            !String(response.headers['content-type']).startsWith('application/problem+json') &&
            !String(response.headers['content-type']).startsWith('text/html')
          ) {
            failures.push(`${op.method} ${op.path}: ${response.headers['content-type']}`);
          }
        }
      }
      const invalidUtf8 = await call(op.method, path)
        .set('Authorization', sessions[1].auth)
        .set('Content-Type', 'application/json; charset=utf-8')
        .send(
          Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0xff, 0xfe, 0x22, 0x7d]),
        );
      if (invalidUtf8.status < 400 || invalidUtf8.status >= 500)
        failures.push(`${op.method} ${op.path} invalid UTF-8 ${invalidUtf8.status}`);
      const huge = await call(op.method, path)
        .set('Authorization', sessions[1].auth)
        .send({ text: 'x'.repeat(2_000_000) });
      if (huge.status !== 413) failures.push(`${op.method} ${op.path} huge body ${huge.status}`);
    }
    expect(failures).toEqual([]);
    expect(await databaseFingerprint(api.db)).toEqual(before);
  });

  it('refuses NUL characters and lone surrogates in every text field of every body, naming the field', async () => {
    const before = await databaseFingerprint(api.db);
    const failures: string[] = [];
    let named = 0;
    for (const op of operations.filter((o) => o.hasBody)) {
      const path = withIds(op.path, foreignIds[0]);
      for (const field of op.textPaths) {
        for (const value of [UNSTORABLE_STRINGS[1], UNSTORABLE_STRINGS[3]]) {
          // The first role the endpoint lets in: the check must come before anything else it does.
          for (const session of sessions) {
            const response = await call(op.method, path)
              .set('Authorization', session.auth)
              .send(withValueAt(undefined, field, value));
            if (response.status === 401 || response.status === 403) continue;
            const fields = (response.body.errors ?? []).map((e: { field: string }) => e.field);
            if (response.status !== 400 || !fields.includes(field))
              failures.push(
                `${op.method} ${op.path} ${field}=${JSON.stringify(value)} ${session.role} ${response.status} ${JSON.stringify(fields)}`,
              );
            else named += 1;
            break;
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(named).toBeGreaterThan(50);
    expect(await databaseFingerprint(api.db)).toEqual(before);
  });

  it('refuses them in every text field of a complete, valid candidate, and writes nothing', async () => {
    const before = await databaseFingerprint(api.db);
    const failures: string[] = [];
    const body = candidateBody({
      taxCode: 'HDDMNA85T50Z336X',
      skills: [{ code: null, label: 'pulizie domestiche' }],
    });
    for (const field of stringPathsOf(body)) {
      for (const value of UNSTORABLE_STRINGS) {
        const response = await http()
          .post('/api/candidates')
          .set('Authorization', sessions[2].auth)
          .send(withValueAt(body, field, value));
        if (response.status !== 400 || response.body.errors?.[0]?.field !== field)
          failures.push(`${field}=${JSON.stringify(value)} ${response.status}`);
      }
    }
    expect(failures).toEqual([]);
    expect(await databaseFingerprint(api.db)).toEqual(before);
  });

  it('refuses hostile path parameters and ids of other organisations with 4xx', async () => {
    const before = await databaseFingerprint(api.db);
    const failures: string[] = [];
    for (const op of operations.filter((o) => o.path.includes('{'))) {
      for (const id of [...HOSTILE_IDS, ...foreignIds]) {
        const response = await call(op.method, withIds(op.path, id))
          .set('Authorization', sessions[1].auth)
          .send({});
        if (response.status < 400 || response.status >= 500)
          failures.push(`${op.method} ${op.path} id=${id} ${response.status}`);
      }
    }
    expect(failures).toEqual([]);
    expect(await databaseFingerprint(api.db)).toEqual(before);
  });

  it('never fails with 5xx on hostile query parameters, and they change nothing', async () => {
    const before = await databaseFingerprint(api.db);
    const failures: string[] = [];
    for (const op of operations.filter(
      (o) => o.method === 'get' && o.queryParams.length > 0 && !o.path.includes('{'),
    )) {
      for (const name of op.queryParams) {
        for (const value of [
          ...HOSTILE_STRINGS,
          ...HOSTILE_NUMBERS.map(String),
          '',
          'a'.repeat(10_000),
        ]) {
          const response = await http()
            .get(op.path)
            .query({ [name]: value })
            .set('Authorization', sessions[1].auth);
          if (response.status >= 500)
            failures.push(`GET ${op.path} ${name}=${value.slice(0, 20)} ${response.status}`);
        }
        const repeated = await http()
          .get(`${op.path}?${name}=a&${name}=b&${name}[x]=c`)
          .set('Authorization', sessions[1].auth);
        if (repeated.status >= 500)
          failures.push(`GET ${op.path} ${name} repeated ${repeated.status}`);
      }
    }
    expect(failures).toEqual([]);
    expect(await databaseFingerprint(api.db)).toEqual(before);
  });

  it('stores injection attempts in free text verbatim, as data', async () => {
    const name = "Robert'); DROP TABLE candidates;--";
    const created = await http()
      .post('/api/candidates')
      .set('Authorization', sessions[2].auth)
      .send(candidateBody({ lastName: name }))
      .expect(201);
    const read = await http()
      .get(`/api/candidates/${created.body.id}`)
      .set('Authorization', sessions[2].auth)
      .expect(200);
    expect(read.body.lastName).toBe(name);
    const [{ count }] = await api.db.query(`SELECT count(*)::int FROM candidates`);
    expect(count).toBe(2);
  });
});

describe('rate limits (e2e)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi('ratelimit');
  });
  afterAll(() => api?.close());

  it('slows down repeated login attempts from one address with 429', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      const response = await request(api.app.getHttpServer())
        .post('/api/auth/login')
        .send({ email: 'nessuno@example.org', password: 'sbagliata' });
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });
});
