import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type AppConfig, ConfigModule } from '#libs/platform';
import { WorkerModule } from '../../apps/worker/src/worker.module.js';

/** The real worker in this process, on the test's schema and queue prefix (stop it to test faults). */
export async function startTestWorker(config: AppConfig): Promise<INestApplicationContext> {
  const worker = await NestFactory.createApplicationContext(
    { module: class TestWorkerRoot {}, imports: [ConfigModule.forRoot(config), WorkerModule] },
    { logger: false, abortOnError: false },
  );
  try {
    await worker.init();
  } catch (error) {
    await worker.close().catch(() => undefined);
    throw error;
  }
  return worker;
}
