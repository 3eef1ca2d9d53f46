import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Actor, Page } from '#libs/platform';
import { DataSource } from 'typeorm';
import { ScoutingActivityEntity } from '../entities/scouting-activity.entity.js';
import { type ActivityView, toActivityView } from './activity.view.js';

export interface ActivityFilter {
  companyId?: string;
  consultantId?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

/** The organisation's scouting activities, newest first. */
@Injectable()
export class ListActivitiesUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(actor: Actor, filter: ActivityFilter): Promise<Page<ActivityView>> {
    const query = this.dataSource
      .getRepository(ScoutingActivityEntity)
      .createQueryBuilder('a')
      .where('a.organisation_id = :org', { org: actor.organisationId });
    if (filter.companyId) query.andWhere('a.company_id = :company', { company: filter.companyId });
    if (filter.consultantId) {
      query.andWhere('a.consultant_id = :consultant', { consultant: filter.consultantId });
    }
    if (filter.from) query.andWhere('a.occurred_on >= :from', { from: filter.from });
    if (filter.to) query.andWhere('a.occurred_on <= :to', { to: filter.to });
    const [rows, total] = await query
      .orderBy('a.occurred_on', 'DESC')
      .addOrderBy('a.created_at', 'DESC')
      .skip((filter.page - 1) * filter.pageSize)
      .take(filter.pageSize)
      .getManyAndCount();
    return { items: rows.map(toActivityView), page: filter.page, pageSize: filter.pageSize, total };
  }
}
