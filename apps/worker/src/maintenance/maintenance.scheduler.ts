import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { QUEUES, scheduledJob } from '#libs/platform';
import type { Queue } from 'bullmq';
import type { RecurringJobs } from '../recurring-jobs.scheduler.js';
import { maintenanceJobs } from './maintenance.jobs.js';

/**
 * Registers the recurring maintenance jobs. Job schedulers are upserted by id, so every worker
 * start (or two workers) leaves exactly one schedule.
 */
@Injectable()
export class MaintenanceScheduler implements RecurringJobs {
  constructor(@InjectQueue(QUEUES.maintenance) private readonly queue: Queue) {}

  async register(): Promise<void> {
    await this.queue.upsertJobScheduler(
      maintenanceJobs.auditRetention.name,
      { pattern: '0 30 3 * * *', tz: 'Europe/Rome' },
      scheduledJob(maintenanceJobs.auditRetention, {}),
    );
    await this.queue.upsertJobScheduler(
      maintenanceJobs.closedCaseRetention.name,
      { pattern: '0 45 3 * * *', tz: 'Europe/Rome' },
      scheduledJob(maintenanceJobs.closedCaseRetention, {}),
    );
  }
}
