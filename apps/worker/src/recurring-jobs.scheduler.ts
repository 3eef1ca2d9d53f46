import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';

/** A set of BullMQ job schedulers, upserted by id (idempotent). */
export interface RecurringJobs {
  register(): Promise<void>;
}

export const RECURRING_JOBS = Symbol('RECURRING_JOBS');
const REFRESH_MS = 60_000;

/**
 * Registers every schedule when the worker starts and again every minute: schedules live in Redis,
 * and a Redis restarted without persistence would otherwise forget them until the next deploy.
 */
@Injectable()
export class SchedulesKeeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SchedulesKeeper.name);
  private timer?: NodeJS.Timeout;

  constructor(@Inject(RECURRING_JOBS) private readonly schedules: RecurringJobs[]) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.registerAll();
    this.timer = setInterval(
      () => void this.registerAll().catch((error: unknown) => this.warn(error)),
      REFRESH_MS,
    );
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private async registerAll(): Promise<void> {
    for (const schedule of this.schedules) await schedule.register();
  }

  private warn(error: unknown): void {
    this.logger.warn(`pianificazioni non aggiornate: ${(error as Error).message}`);
  }
}
