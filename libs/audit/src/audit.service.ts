import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Actor } from '#libs/platform';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuditAction } from './audit-actions.js';

export interface AuditEvent {
  action: AuditAction;
  actor?: Pick<Actor, 'userId' | 'organisationId' | 'role' | 'ip'>;
  organisationId?: string;
  subjectType?: string;
  subjectId?: string;
  ip?: string;
  details?: Record<string, unknown>;
}

/**
 * Appends to the audit log. Pass the transaction's manager when the audited change is written, so
 * that the change and its record commit or roll back together.
 */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(event: AuditEvent, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(
      `INSERT INTO audit_log (action, organisation_id, actor_user_id, actor_role, subject_type, subject_id, ip, details)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        event.action,
        event.actor?.organisationId ?? event.organisationId ?? null,
        event.actor?.userId ?? null,
        event.actor?.role ?? null,
        event.subjectType ?? null,
        event.subjectId ?? null,
        event.actor?.ip ?? event.ip ?? null,
        JSON.stringify(event.details ?? {}),
      ],
    );
  }
}
