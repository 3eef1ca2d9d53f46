import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { BULLETIN_SCHEDULERS, bulletinJobs, COMPOSITION_SCHEDULE } from '#libs/bulletin';
import { AppConfig, QUEUES, scheduledJob } from '#libs/platform';
import type { Queue } from 'bullmq';
import type { RecurringJobs } from '../recurring-jobs.scheduler.js';

/**
 * The bulletin's schedules: the weekly composition every Monday at 08:00 Europe/Rome, and the
 * reconciliation of deliveries left behind by a crash. Upserted by id (two workers leave one of
 * each; SchedulesKeeper calls `register` at start and every minute). The delivery rate limit is
 * global to the queue, so it holds whatever the number of workers.
 */
@Injectable()
export class BulletinScheduler implements RecurringJobs {
  constructor(
    @InjectQueue(QUEUES.bulletin) private readonly queue: Queue,
    @InjectQueue(QUEUES.bulletinDelivery) private readonly deliveryQueue: Queue,
    private readonly config: AppConfig,
  ) {}

  async register(): Promise<void> {
    await this.queue.upsertJobScheduler(
      BULLETIN_SCHEDULERS.weekly,
      { pattern: COMPOSITION_SCHEDULE.pattern, tz: COMPOSITION_SCHEDULE.tz },
      scheduledJob(bulletinJobs.composeWeek, {}),
    );
    await this.queue.upsertJobScheduler(
      BULLETIN_SCHEDULERS.reconcile,
      { every: this.config.BULLETIN_RECONCILE_SECONDS * 1000 },
      scheduledJob(bulletinJobs.reconcile, {}),
    );
    await this.deliveryQueue.setGlobalRateLimit(this.config.BULLETIN_SEND_RATE_PER_SECOND, 1000);
  }
}
