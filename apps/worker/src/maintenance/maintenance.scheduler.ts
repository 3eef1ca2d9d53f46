import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { QUEUES } from '#libs/platform';
import type { Queue } from 'bullmq';
import type { RecurringJobs } from '../recurring-jobs.js';

export const MAINTENANCE_JOBS = {
  auditRetention: 'audit-retention',
  closedCaseRetention: 'closed-case-retention',
} as const;

/**
 * Registers the recurring maintenance jobs. Job schedulers are upserted by id, so every worker
 * start (or two workers) leaves exactly one schedule.
 */
@Injectable()
export class MaintenanceScheduler implements RecurringJobs {
  constructor(@InjectQueue(QUEUES.maintenance) private readonly queue: Queue) {}

  async register(): Promise<void> {
    await this.queue.upsertJobScheduler(
      MAINTENANCE_JOBS.auditRetention,
      { pattern: '0 30 3 * * *', tz: 'Europe/Rome' },
      { name: MAINTENANCE_JOBS.auditRetention, data: {} },
    );
    await this.queue.upsertJobScheduler(
      MAINTENANCE_JOBS.closedCaseRetention,
      { pattern: '0 45 3 * * *', tz: 'Europe/Rome' },
      { name: MAINTENANCE_JOBS.closedCaseRetention, data: {} },
    );
  }
}
