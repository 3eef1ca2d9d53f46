import { randomBytes } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLED_GAZETTEER } from '#libs/geo';
import { type AppConfig, loadConfig } from '#libs/platform';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** The gazetteer the tests load: the one shipped in libs/geo/data unless TEST_GAZETTEER names another. */
export const TEST_GAZETTEER = process.env.TEST_GAZETTEER ?? BUNDLED_GAZETTEER;
export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A unique name for this test file's schema and queue prefix, so files run in parallel. */
export function uniqueTestName(label: string): string {
  const clean = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .slice(0, 30);
  // The creation time in the name lets a later run drop what an interrupted run left behind.
  return `t_${clean}_${Math.floor(Date.now() / 1000)}_${randomBytes(3).toString('hex')}`;
}

/** The configuration of one test file: its own schema and queue prefix, rate limits as in production. */
export function testConfig(name: string, overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: TEST_DATABASE_URL,
    DATABASE_SCHEMA: name,
    DATABASE_POOL_SIZE: '5',
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: name,
    JWT_SECRET: randomBytes(32).toString('hex'),
    // Sessions are made once per file: on a loaded machine a file may outlast the 5-minute default.
    JWT_TTL_SECONDS: '3600',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    SEARCH_BACKEND: process.env.MEILI_URL ? 'meilisearch' : 'postgres',
    MEILI_URL: process.env.MEILI_URL ?? '',
    MEILI_API_KEY: process.env.MEILI_API_KEY ?? '',
    MAIL_DIR: resolve(REPO_ROOT, 'var/test-mail', name),
    ...overrides,
  });
}
