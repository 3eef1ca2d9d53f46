import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ConfigModule, loadConfig } from '#libs/platform';
import { AppModule } from '../app.module.js';
import { configureApp } from '../configure-app.js';
import { createOpenApiDocument } from './openapi-document.js';

/**
 * Writes the OpenAPI document served at /api/docs-json to a file, for clients generated at build
 * time: `npm run build && npm run openapi:document -- <file>`. Boots the application as `npm start`
 * does (PostgreSQL and Redis reachable) without listening.
 */
export async function writeOpenApiDocument(file: string): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(
    { module: class OpenApiRoot {}, imports: [ConfigModule.forRoot(loadConfig()), AppModule] },
    { bodyParser: false, logger: false },
  );
  try {
    configureApp(app);
    await writeFile(file, `${JSON.stringify(createOpenApiDocument(app), null, 2)}\n`);
  } finally {
    await app.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = resolve(process.argv[2] ?? 'openapi.json');
  writeOpenApiDocument(file).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
