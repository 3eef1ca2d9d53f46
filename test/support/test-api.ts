import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { type AppConfig, ConfigModule } from '#libs/platform';
import type { DataSource } from 'typeorm';
import {
  createTestDatabase,
  deleteQueueKeys,
  dropTestDatabase,
  OpenedResources,
  testConfig,
  uniqueTestName,
} from '#libs/testing';
import { AppModule } from '../../apps/api/src/app.module.js';
import { configureApp } from '../../apps/api/src/configure-app.js';

export interface TestApi {
  app: NestExpressApplication;
  config: AppConfig;
  /** A DataSource of the test's own, for arranging data and asserting on the database. */
  db: DataSource;
  close(): Promise<void>;
}

/**
 * The real API, configured exactly as in production, on a fresh schema and queue prefix of its own.
 * Tests drive it over HTTP with supertest.
 */
export async function startTestApi(
  label: string,
  overrides: Record<string, string> = {},
  /** Settings for the API only (e.g. reach PostgreSQL through a fault-injecting proxy). */
  appOverrides: Record<string, string> = {},
): Promise<TestApi> {
  const name = uniqueTestName(label);
  const config = testConfig(name, overrides);
  const opened = new OpenedResources();
  opened.keep(config.QUEUE_PREFIX, deleteQueueKeys);
  try {
    const db = opened.keep(await createTestDatabase(config), (db) => dropTestDatabase(config, db));
    const appConfig = testConfig(name, {
      ...overrides,
      JWT_SECRET: config.jwtSecret,
      ...appOverrides,
    });
    const app = opened.keep(
      await NestFactory.create<NestExpressApplication>(
        { module: class TestApiRoot {}, imports: [ConfigModule.forRoot(appConfig), AppModule] },
        { bodyParser: false, logger: false, abortOnError: false },
      ),
      (app) => app.close(),
    );
    configureApp(app);
    await app.init();
    return { app, config, db, close: () => opened.close() };
  } catch (error) {
    // Whatever opened before the failure closes now: the caller has nothing to close.
    await opened.close().catch(() => undefined);
    throw error;
  }
}
