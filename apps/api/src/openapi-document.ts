import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ConfigModule, loadConfig } from '#libs/platform';
import { AppModule } from './app.module.js';

/** Routes outside the `/api` prefix: the public bulletin pages. */
export const API_PREFIX_EXCLUDE = ['bollettino/{*path}'];

/** The OpenAPI document of the application, as served at /api/docs-json. */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Incrocio API')
      .setDescription(
        'Incrocio domanda-offerta: persone in carico, aziende, offerte, abbinamenti, quote L. 68/1999 e bollettino. ' +
          'Gli errori seguono RFC 9457 (application/problem+json) con un `code` stabile e un `detail` in italiano.',
      )
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
}

/**
 * The same document without a database, Redis or a listening port: Nest's preview mode resolves the
 * modules and reads the controllers' metadata without instantiating any provider. The web console's
 * typed client is generated from it (`npm run web:api-types`).
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
