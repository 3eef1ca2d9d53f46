import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Actor, Page } from '#libs/platform';
import { DataSource } from 'typeorm';
import type { SectionCode } from '../../domain/edition-sections.js';
import {
  BulletinSubscriberEntity,
  type SubscriberConsent,
  type SubscriberStatus,
} from '../../persistence/bulletin-subscriber.entity.js';

export interface SubscriberSummary {
  id: string;
  email: string;
  status: SubscriberStatus;
  areaIds: string[];
  sections: SectionCode[];
  /** Whether the copy carries a candidate's own matches (never which candidate, in lists). */
  personalSection: boolean;
  consent: SubscriberConsent | null;
  bounceCount: number;
  createdAt: Date;
}

/** The organisation's readers, for the editorial staff. */
@Injectable()
export class ListSubscribersUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(
    actor: Actor,
    filter: { status?: SubscriberStatus; areaId?: string; page: number; pageSize: number },
  ): Promise<Page<SubscriberSummary>> {
    const query = this.dataSource.manager
      .createQueryBuilder(BulletinSubscriberEntity, 's')
      .where('s.organisation_id = :org', { org: actor.organisationId });
    if (filter.status) query.andWhere('s.status = :status', { status: filter.status });
    if (filter.areaId) query.andWhere(':areaId = ANY (s.area_ids)', { areaId: filter.areaId });
    const [rows, total] = await query
      .orderBy('s.email', 'ASC')
      .skip((filter.page - 1) * filter.pageSize)
      .take(filter.pageSize)
      .getManyAndCount();
    return {
      items: rows.map((row) => ({
        id: row.id,
        email: row.email,
        status: row.status,
        areaIds: row.areaIds,
        sections: row.sections,
        personalSection: row.candidateId !== null,
        consent: row.consent,
        bounceCount: row.bounceCount,
        createdAt: row.createdAt,
      })),
      page: filter.page,
      pageSize: filter.pageSize,
      total,
    };
  }
}
