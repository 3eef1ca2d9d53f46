import { Injectable } from '@nestjs/common';
import { AppConfig } from '#libs/platform';
import { AuditLogRepository } from './audit-log.repository.js';

/** Deletes audit entries older than AUDIT_RETENTION_DAYS; the table refuses any other delete. */
@Injectable()
export class PurgeAuditLogUseCase {
  constructor(
    private readonly log: AuditLogRepository,
    private readonly config: AppConfig,
  ) {}

  async execute(): Promise<{ deleted: number }> {
    return { deleted: await this.log.deleteOlderThan(this.config.AUDIT_RETENTION_DAYS) };
  }
}
