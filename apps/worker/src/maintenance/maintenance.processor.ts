import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, QUEUES } from '#libs/platform';
import { ApplyRetentionUseCase } from '#libs/privacy';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { MAINTENANCE_JOBS } from './maintenance.scheduler.js';

@Processor(QUEUES.maintenance)
export class MaintenanceProcessor extends WorkerHost {
  private readonly logger = new Logger(MaintenanceProcessor.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly retention: ApplyRetentionUseCase,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    if (job.name === MAINTENANCE_JOBS.auditRetention) return this.purgeAuditLog();
    if (job.name === MAINTENANCE_JOBS.closedCaseRetention) return this.retention.execute();
    throw new Error(`lavoro di manutenzione sconosciuto: ${job.name}`);
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
