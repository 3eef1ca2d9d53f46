import type { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { type AppConfig, ConfigModule } from '#libs/platform';
import { BulletinClock } from '#libs/bulletin';
import { WorkerModule } from '../../../apps/worker/src/worker.module.js';

/** The real worker (every processor and scheduler) inside the test process. */
export async function startTestWorker(
  config: AppConfig,
  options: { clock?: BulletinClock } = {},
): Promise<INestApplicationContext> {
  const builder = Test.createTestingModule({
    imports: [ConfigModule.forRoot(config), WorkerModule],
  });
  if (options.clock) builder.overrideProvider(BulletinClock).useValue(options.clock);
  const module = await builder.compile();
  try {
    await module.init();
  } catch (error) {
    await module.close().catch(() => undefined);
    throw error;
  }
  return module;
}
