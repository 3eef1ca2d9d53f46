import { NestFactory } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { ConfigModule, loadConfig } from '#libs/platform';
import { AppModule } from '../app.module.js';
import { API_PREFIX_EXCLUDE } from '../configure-app.js';
import { createOpenApiDocument } from './openapi-document.js';

/**
 * The document served at /api/docs-json, without a database, Redis or a listening port: Nest's
 * preview mode resolves the modules and reads the controllers' metadata without instantiating any
 * provider. The web console's typed client is generated from it (`npm run web:api-types`).
 */
export async function createOfflineOpenApiDocument(): Promise<OpenAPIObject> {
  const app = await NestFactory.create(
    { module: class OpenApiRoot {}, imports: [ConfigModule.forRoot(loadConfig({})), AppModule] },
    { preview: true, logger: false, abortOnError: false },
  );
  app.setGlobalPrefix('api', { exclude: API_PREFIX_EXCLUDE });
  try {
    return createOpenApiDocument(app);
  } finally {
    await app.close();
  }
}
