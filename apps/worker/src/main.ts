import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { type AppConfig, ConfigModule, loadConfig } from '#libs/platform';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module.js';

/** The worker process: BullMQ processors and schedulers, no HTTP. SIGTERM lets running jobs finish. */
export async function startWorker(config: AppConfig = loadConfig()) {
  const app = await NestFactory.createApplicationContext(
    { module: class WorkerRoot {}, imports: [ConfigModule.forRoot(config), WorkerModule] },
    // Errors while building the worker (a job without a handler) reach the caller, which exits non-zero.
    { bufferLogs: true, abortOnError: false },
  );
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  await app.init();
  return app;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  startWorker().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
