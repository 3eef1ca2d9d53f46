import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OrganisationId, Page } from '#libs/platform';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuditAction } from './audit-actions.types.js';
import { AuditEntryEntity } from './audit-entry.entity.js';
import {
  ALLOW_RETENTION_DELETE_SQL,
  APPEND_AUDIT_ENTRY_SQL,
  DELETE_EXPIRED_ENTRIES_SQL,
} from './audit-log.sql.js';

/** One row of the log as written (ids and field names, never personal values). */
export interface AuditRow {
  action: AuditAction;
  organisationId: string | null;
  actorUserId: string | null;
  actorRole: string | null;
  subjectType: string | null;
  subjectId: string | null;
  ip: string | null;
  details: Record<string, unknown>;
}

export interface AuditCriteria {
  action?: AuditAction;
  subjectType?: string;
  subjectId?: string;
  actorUserId?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

/** The append-only audit log: written, read by page, and purged only by the retention rule. */
@Injectable()
export class AuditLogRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Pass the transaction's manager so that the audited change and its entry commit together. */
  async append(row: AuditRow, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(APPEND_AUDIT_ENTRY_SQL, [
      row.action,
      row.organisationId,
      row.actorUserId,
      row.actorRole,
      row.subjectType,
      row.subjectId,
      row.ip,
      JSON.stringify(row.details),
    ]);
  }

  /** The organisation's entries matching the criteria, newest first. */
  async page(
    organisationId: OrganisationId,
    criteria: AuditCriteria,
  ): Promise<Page<AuditEntryEntity>> {
    const query = this.dataSource
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('a')
      .where('a.organisation_id = :org', { org: organisationId });
    if (criteria.action) query.andWhere('a.action = :action', { action: criteria.action });
    if (criteria.subjectType)
      query.andWhere('a.subject_type = :type', { type: criteria.subjectType });
    if (criteria.subjectId)
      query.andWhere('a.subject_id = :subject', { subject: criteria.subjectId });
    if (criteria.actorUserId)
      query.andWhere('a.actor_user_id = :user', { user: criteria.actorUserId });
    if (criteria.from) query.andWhere('a.at >= :from', { from: criteria.from });
    if (criteria.to) query.andWhere('a.at < :to', { to: criteria.to });
    const [items, total] = await query
      .orderBy('a.id', 'DESC')
      .skip((criteria.page - 1) * criteria.pageSize)
      .take(criteria.pageSize)
      .getManyAndCount();
    return { items, page: criteria.page, pageSize: criteria.pageSize, total };
  }

  /** Deletes the entries older than the retention period; returns how many. */
  deleteOlderThan(retentionDays: number): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(ALLOW_RETENTION_DELETE_SQL);
      const result: [unknown[], number] = await manager.query(DELETE_EXPIRED_ENTRIES_SQL, [
        retentionDays,
      ]);
      return result[1];
    });
  }
}
