import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig, ConfigModule, loadConfig } from '#libs/platform';
import { AppModule } from './app.module.js';
import { configureApp } from './configure-app.js';

export async function startApi(config: AppConfig = loadConfig()): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    { module: class ApiRoot {}, imports: [ConfigModule.forRoot(config), AppModule] },
    { bodyParser: false, bufferLogs: true },
  );
  configureApp(app);
  await app.listen(config.HTTP_PORT, config.HTTP_HOST);
  return app;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  startApi().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
