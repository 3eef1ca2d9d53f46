import { readFile } from 'node:fs/promises';
import { generateWebApiTypes, WEB_API_TYPES } from './web-api-types.js';

describe('the web console’s typed client', () => {
  it('is generated from the current OpenAPI document (run `npm run web:api-types` after changing a DTO)', async () => {
    const committed = await readFile(WEB_API_TYPES, 'utf8');
    expect(await generateWebApiTypes()).toBe(committed);
  }, 30_000);
});
