import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Actor, Page } from '#libs/platform';
import { DataSource } from 'typeorm';
import type { AuditAction } from './audit-actions.js';
import { AuditEntryEntity } from './audit-entry.entity.js';
import { AuditService } from './audit.service.js';

export interface AuditFilter {
  action?: AuditAction;
  subjectType?: string;
  subjectId?: string;
  actorUserId?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

/** The organisation's audit log, newest first. Reading it is itself recorded. */
@Injectable()
export class QueryAuditLogUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async execute(actor: Actor, filter: AuditFilter): Promise<Page<AuditEntryEntity>> {
    const query = this.dataSource
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('a')
      .where('a.organisation_id = :org', { org: actor.organisationId });
    if (filter.action) query.andWhere('a.action = :action', { action: filter.action });
    if (filter.subjectType) query.andWhere('a.subject_type = :type', { type: filter.subjectType });
    if (filter.subjectId) query.andWhere('a.subject_id = :subject', { subject: filter.subjectId });
    if (filter.actorUserId) query.andWhere('a.actor_user_id = :user', { user: filter.actorUserId });
    if (filter.from) query.andWhere('a.at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('a.at < :to', { to: filter.to });
    const [items, total] = await query
      .orderBy('a.id', 'DESC')
      .skip((filter.page - 1) * filter.pageSize)
      .take(filter.pageSize)
      .getManyAndCount();
    const { page, pageSize, ...criteria } = filter;
    await this.audit.record({ action: 'AUDIT_READ', actor, details: { criteria } });
    return { items, page, pageSize, total };
  }
}
