import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, JobHandlers, type JobProcessor, QUEUES } from '#libs/platform';
import { ApplyRetentionUseCase } from '#libs/privacy';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { maintenanceJobs } from './maintenance.jobs.js';

@Processor(QUEUES.maintenance)
export class MaintenanceProcessor extends WorkerHost implements JobProcessor {
  private readonly logger = new Logger(MaintenanceProcessor.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
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

  /** Deletes audit entries older than the configured retention; the table refuses any other delete. */
  private async purgeAuditLog(): Promise<{ deleted: number }> {
    const deleted = await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('incrocio.audit_retention', 'on', true)`);
      const result: [unknown[], number] = await manager.query(
        `DELETE FROM audit_log WHERE at < now() - make_interval(days => $1)`,
        [this.config.AUDIT_RETENTION_DAYS],
      );
      return result[1];
    });
    this.logger.log({ deleted }, 'registro di audit: voci scadute eliminate');
    return { deleted };
  }
}
