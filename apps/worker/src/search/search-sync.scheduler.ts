import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { SEARCH_SYNC_SCHEDULES, searchSyncJobs } from '#libs/record-changes';
import { QUEUES, scheduledJob } from '#libs/platform';
import type { Queue } from 'bullmq';
import type { RecurringJobs } from '../recurring-jobs.scheduler.js';

/** The periodic outbox drain (under the kicks sent after each change) and the nightly rebuild. */
@Injectable()
export class SearchSyncScheduler implements RecurringJobs {
  constructor(@InjectQueue(QUEUES.searchSync) private readonly queue: Queue) {}

  async register(): Promise<void> {
    await this.queue.upsertJobScheduler(
      'search-drain-every',
      SEARCH_SYNC_SCHEDULES.drain,
      scheduledJob(searchSyncJobs.drain, {}, { removeOnComplete: true, removeOnFail: 100 }),
    );
    await this.queue.upsertJobScheduler(
      'search-reconcile-nightly',
      SEARCH_SYNC_SCHEDULES.reconcile,
      scheduledJob(searchSyncJobs.reconcile, {}),
    );
  }
}
