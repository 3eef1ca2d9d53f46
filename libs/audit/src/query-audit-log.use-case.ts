import { Injectable } from '@nestjs/common';
import type { Actor, Page } from '#libs/platform';
import { discloseAuditEntry } from './audit-disclosure.policy.js';
import type { AuditEntryEntity } from './audit-entry.entity.js';
import { type AuditCriteria, AuditLogRepository } from './audit-log.repository.js';
import { AuditService } from './audit.service.js';

export type AuditFilter = AuditCriteria;

/**
 * The organisation's audit log, newest first, as the reader may see it (audit-disclosure.policy.ts:
 * administrators read no special-category field names). Reading it is itself recorded.
 */
@Injectable()
export class QueryAuditLogUseCase {
  constructor(
    private readonly log: AuditLogRepository,
    private readonly audit: AuditService,
  ) {}

  async execute(actor: Actor, filter: AuditFilter): Promise<Page<AuditEntryEntity>> {
    const result = await this.log.page(actor.organisationId, filter);
    const { page: _page, pageSize: _pageSize, ...criteria } = filter;
    await this.audit.record({ action: 'AUDIT_READ', actor, details: { criteria } });
    return { ...result, items: result.items.map((entry) => discloseAuditEntry(entry, actor.role)) };
  }
}
