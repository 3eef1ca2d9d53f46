import { writeFile, mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  createConfig,
  lintDocument,
  BaseResolver,
  makeDocumentFromString,
} from '@redocly/openapi-core';
import { REPO_ROOT, startTestApi, type TestApi } from '#libs/testing';
import request from 'supertest';

describe('the OpenAPI document (e2e)', () => {
  let api: TestApi;
  let document: Record<string, unknown>;

  beforeAll(async () => {
    api = await startTestApi('openapi');
    document = (await request(api.app.getHttpServer()).get('/api/docs-json').expect(200)).body;
    await mkdir(resolve(REPO_ROOT, 'var'), { recursive: true });
    await writeFile(resolve(REPO_ROOT, 'var/openapi.json'), JSON.stringify(document, null, 2));
  });
  afterAll(() => api.close());

  it('passes the recommended rules of Redocly', async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintDocument({
      document: makeDocumentFromString(JSON.stringify(document), 'openapi.json'),
      config,
      externalRefResolver: new BaseResolver(),
    });
    const lines = problems.map(
      (p) => `${p.severity} ${p.ruleId} ${p.location[0]?.pointer} ${p.message}`,
    );
    await writeFile(resolve(REPO_ROOT, 'var/openapi-lint.txt'), lines.join('\n'));
    expect(lines.filter((l) => l.startsWith('error'))).toEqual([]);
  });
});
