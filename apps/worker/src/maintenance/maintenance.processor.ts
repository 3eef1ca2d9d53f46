import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { PurgeAuditLogUseCase } from '#libs/audit';
import { JobHandlers, type JobProcessor, QUEUES } from '#libs/platform';
import { ApplyRetentionUseCase } from '#libs/privacy';
import type { Job } from 'bullmq';
import { maintenanceJobs } from './maintenance.jobs.js';

@Processor(QUEUES.maintenance)
export class MaintenanceProcessor extends WorkerHost implements JobProcessor {
  private readonly logger = new Logger(MaintenanceProcessor.name);

  constructor(
    private readonly purgeAudit: PurgeAuditLogUseCase,
    private readonly retention: ApplyRetentionUseCase,
  ) {
    super();
  }

  readonly handlers = JobHandlers.of(QUEUES.maintenance, maintenanceJobs, {
    auditRetention: () => this.purgeAuditLog(),
    closedCaseRetention: () => this.retention.execute(),
  });

  process(job: Job): Promise<unknown> {
    return this.handlers.dispatch(job);
  }

  private async purgeAuditLog(): Promise<{ deleted: number }> {
    const result = await this.purgeAudit.execute();
    this.logger.log(result, 'registro di audit: voci scadute eliminate');
    return result;
  }
}
