import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type AppConfig, ConfigModule } from '#libs/platform';
import { WorkerModule } from '../../../apps/worker/src/worker.module.js';

/** The real worker in this process, on the test's schema and queue prefix (stop it to test faults). */
export async function startTestWorker(config: AppConfig): Promise<INestApplicationContext> {
  const worker = await NestFactory.createApplicationContext(
    { module: class TestWorkerRoot {}, imports: [ConfigModule.forRoot(config), WorkerModule] },
    { logger: false, abortOnError: false },
  );
  await worker.init();
  return worker;
}

/** Polls until `done` holds, or fails after the timeout with the last value seen. */
export async function waitFor<T>(
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 20_000,
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() - started > timeoutMs)
      throw new Error(`condizione non raggiunta in ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
