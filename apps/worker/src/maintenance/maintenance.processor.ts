import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { PurgeAuditLogUseCase } from '#libs/audit';
import { QUEUES } from '#libs/platform';
import { ApplyRetentionUseCase } from '#libs/privacy';
import type { Job } from 'bullmq';
import { MAINTENANCE_JOBS } from './maintenance.scheduler.js';

@Processor(QUEUES.maintenance)
export class MaintenanceProcessor extends WorkerHost {
  private readonly logger = new Logger(MaintenanceProcessor.name);

  constructor(
    private readonly purgeAudit: PurgeAuditLogUseCase,
    private readonly retention: ApplyRetentionUseCase,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    if (job.name === MAINTENANCE_JOBS.auditRetention) return this.purgeAuditLog();
    if (job.name === MAINTENANCE_JOBS.closedCaseRetention) return this.retention.execute();
    throw new Error(`lavoro di manutenzione sconosciuto: ${job.name}`);
  }

  private async purgeAuditLog(): Promise<{ deleted: number }> {
    const result = await this.purgeAudit.execute();
    this.logger.log(result, 'registro di audit: voci scadute eliminate');
    return result;
  }
}
