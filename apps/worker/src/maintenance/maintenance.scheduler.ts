import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { QUEUES } from '#libs/platform';
import type { Queue } from 'bullmq';

export const MAINTENANCE_JOBS = { auditRetention: 'audit-retention' } as const;

/**
 * Registers the recurring maintenance jobs. Job schedulers are upserted by id, so every worker
 * start (or two workers) leaves exactly one schedule.
 */
@Injectable()
export class MaintenanceScheduler implements OnApplicationBootstrap {
  constructor(@InjectQueue(QUEUES.maintenance) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      MAINTENANCE_JOBS.auditRetention,
      { pattern: '0 30 3 * * *', tz: 'Europe/Rome' },
      { name: MAINTENANCE_JOBS.auditRetention, data: {} },
    );
  }
}
