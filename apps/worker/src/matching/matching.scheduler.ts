import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { MATCHING_SCHEDULES, matchingJobs } from '#libs/matching';
import { QUEUES, scheduledJob } from '#libs/platform';
import type { Queue } from 'bullmq';
import type { RecurringJobs } from '../recurring-jobs.scheduler.js';

/**
 * The recurring matching jobs (Europe/Rome): the nightly reconciliation of stored matches, the
 * expiry of stale proposals, and a frequent sweep of requests whose enqueue was lost. Upserted by id,
 * so any number of worker starts leaves one schedule each.
 */
@Injectable()
export class MatchingScheduler implements RecurringJobs {
  constructor(@InjectQueue(QUEUES.matching) private readonly queue: Queue) {}

  async register(): Promise<void> {
    for (const [key, repeat] of Object.entries(MATCHING_SCHEDULES)) {
      const job = matchingJobs[key as keyof typeof MATCHING_SCHEDULES];
      await this.queue.upsertJobScheduler(job.name, repeat, scheduledJob(job, {}));
    }
  }
}
