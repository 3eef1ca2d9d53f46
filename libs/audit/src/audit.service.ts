import { Injectable } from '@nestjs/common';
import type { Actor } from '#libs/platform';
import type { EntityManager } from 'typeorm';
import type { AuditAction } from './audit-actions.types.js';
import { AuditLogRepository } from './audit-log.repository.js';

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
  constructor(private readonly log: AuditLogRepository) {}

  async record(event: AuditEvent, manager?: EntityManager): Promise<void> {
    await this.log.append(
      {
        action: event.action,
        organisationId: event.actor?.organisationId ?? event.organisationId ?? null,
        actorUserId: event.actor?.userId ?? null,
        actorRole: event.actor?.role ?? null,
        subjectType: event.subjectType ?? null,
        subjectId: event.subjectId ?? null,
        ip: event.actor?.ip ?? event.ip ?? null,
        details: event.details ?? {},
      },
      manager,
    );
  }
}
