import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { SEARCH_SYNC_JOBS, SEARCH_SYNC_SCHEDULES } from '#libs/record-changes';
import { QUEUES } from '#libs/platform';
import type { Queue } from 'bullmq';
import type { RecurringJobs } from '../recurring-jobs.js';

/** The periodic outbox drain (under the kicks sent after each change) and the nightly rebuild. */
@Injectable()
export class SearchSyncScheduler implements RecurringJobs {
  constructor(@InjectQueue(QUEUES.searchSync) private readonly queue: Queue) {}

  async register(): Promise<void> {
    await this.queue.upsertJobScheduler('search-drain-every', SEARCH_SYNC_SCHEDULES.drain, {
      name: SEARCH_SYNC_JOBS.drain,
      data: {},
      opts: { removeOnComplete: true, removeOnFail: 100 },
    });
    await this.queue.upsertJobScheduler(
      'search-reconcile-nightly',
      SEARCH_SYNC_SCHEDULES.reconcile,
      {
        name: SEARCH_SYNC_JOBS.reconcile,
        data: {},
      },
    );
  }
}
