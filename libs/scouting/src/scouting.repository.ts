import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OrganisationId, Page } from '#libs/platform';
import { DataSource, type DeepPartial, type EntityManager } from 'typeorm';
import { ScoutingActivityEntity } from './entities/scouting-activity.entity.js';
import { ScoutingCompanyEntity } from './entities/scouting-company.entity.js';
import { ScoutingStageChangeEntity } from './entities/scouting-stage-change.entity.js';
import {
  KM_ZERO_BUSINESSES_SQL,
  nextActionsSql,
  PIPELINE_COUNTS_SQL,
  PIPELINE_PAGE_SQL,
} from './scouting.sql.js';
import type { ScoutingStage } from './scouting.types.js';

export interface ActivityCriteria {
  companyId?: string;
  consultantId?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export interface NextActionCriteria {
  consultantId?: string;
  dueBefore?: string;
  page: number;
  pageSize: number;
}

export interface NextActionRow {
  activityId: string;
  companyId: string;
  companyName: string;
  consultantId: string;
  nextAction: string;
  due: string;
}

export interface PipelineRow {
  companyId: string;
  name: string;
  stage: ScoutingStage;
  consultantId: string | null;
  stageChangedAt: string | null;
  kmZero: boolean;
  uncoveredPositions: number | null;
}

export interface KmZeroRow {
  companyId: string;
  name: string;
  atecoCode: string | null;
  site: {
    id: string;
    name: string;
    address: string;
    municipalityCode: string;
    municipalityName: string;
  };
  distanceKm: number;
  stage: ScoutingStage;
  openKmZeroVacancies: number;
}

/**
 * The scouting tables (scouting_companies, scouting_stage_changes, scouting_activities) and the
 * scouting reports. Every query carries the organisation; pass the caller's transaction manager to
 * work inside it.
 */
@Injectable()
export class ScoutingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The company's place in the pipeline, or null when it was never approached. */
  stageOf(
    organisationId: OrganisationId,
    companyId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ScoutingCompanyEntity | null> {
    return manager.findOneBy(ScoutingCompanyEntity, { organisationId, companyId });
  }

  newStage(manager: EntityManager, row: DeepPartial<ScoutingCompanyEntity>): ScoutingCompanyEntity {
    return manager.create(ScoutingCompanyEntity, row);
  }

  saveStage(manager: EntityManager, row: ScoutingCompanyEntity): Promise<ScoutingCompanyEntity> {
    return manager.save(row);
  }

  async logStageChange(
    manager: EntityManager,
    change: DeepPartial<ScoutingStageChangeEntity>,
  ): Promise<void> {
    await manager.insert(ScoutingStageChangeEntity, change as ScoutingStageChangeEntity);
  }

  /** The company's stage changes, oldest first. */
  stageHistory(
    organisationId: OrganisationId,
    companyId: string,
  ): Promise<ScoutingStageChangeEntity[]> {
    return this.dataSource.manager.find(ScoutingStageChangeEntity, {
      where: { organisationId, companyId },
      order: { id: 'ASC' },
    });
  }

  /** The activities with a company, newest first. */
  activitiesWith(
    organisationId: OrganisationId,
    companyId: string,
  ): Promise<ScoutingActivityEntity[]> {
    return this.dataSource.manager.find(ScoutingActivityEntity, {
      where: { organisationId, companyId },
      order: { occurredOn: 'DESC', createdAt: 'DESC' },
    });
  }

  activity(organisationId: OrganisationId, id: string): Promise<ScoutingActivityEntity | null> {
    return this.dataSource.manager.findOneBy(ScoutingActivityEntity, { id, organisationId });
  }

  saveActivity(
    activity: DeepPartial<ScoutingActivityEntity>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ScoutingActivityEntity> {
    return manager.save(manager.create(ScoutingActivityEntity, activity));
  }

  /** The organisation's activities matching the criteria, newest first. */
  async activitiesPage(
    organisationId: OrganisationId,
    criteria: ActivityCriteria,
  ): Promise<Page<ScoutingActivityEntity>> {
    const query = this.dataSource
      .getRepository(ScoutingActivityEntity)
      .createQueryBuilder('a')
      .where('a.organisation_id = :org', { org: organisationId });
    if (criteria.companyId)
      query.andWhere('a.company_id = :company', { company: criteria.companyId });
    if (criteria.consultantId) {
      query.andWhere('a.consultant_id = :consultant', { consultant: criteria.consultantId });
    }
    if (criteria.from) query.andWhere('a.occurred_on >= :from', { from: criteria.from });
    if (criteria.to) query.andWhere('a.occurred_on <= :to', { to: criteria.to });
    const [items, total] = await query
      .orderBy('a.occurred_on', 'DESC')
      .addOrderBy('a.created_at', 'DESC')
      .skip((criteria.page - 1) * criteria.pageSize)
      .take(criteria.pageSize)
      .getManyAndCount();
    return { items, page: criteria.page, pageSize: criteria.pageSize, total };
  }

  /** The open next actions, soonest due first, with the company's name. */
  async nextActionsPage(
    organisationId: OrganisationId,
    criteria: NextActionCriteria,
  ): Promise<Page<NextActionRow>> {
    const values: unknown[] = [organisationId];
    let where = `a.organisation_id = $1 AND a.next_action_due IS NOT NULL AND a.next_action_done_at IS NULL`;
    if (criteria.consultantId) {
      values.push(criteria.consultantId);
      where += ` AND a.consultant_id = $${values.length}`;
    }
    if (criteria.dueBefore) {
      values.push(criteria.dueBefore);
      where += ` AND a.next_action_due <= $${values.length}`;
    }
    values.push(criteria.pageSize, (criteria.page - 1) * criteria.pageSize);
    const rows: Array<NextActionRow & { total: string }> = await this.dataSource.query(
      nextActionsSql(where, `$${values.length - 1}`, `$${values.length}`),
      values,
    );
    return {
      items: rows.map(({ total: _total, ...row }) => row),
      page: criteria.page,
      pageSize: criteria.pageSize,
      total: rows.length > 0 ? Number(rows[0].total) : 0,
    };
  }

  /** How many of the organisation's live companies are at each stage (of one consultant if given). */
  pipelineCounts(
    organisationId: OrganisationId,
    consultantId: string | null,
  ): Promise<Array<{ stage: ScoutingStage; companies: number }>> {
    return this.dataSource.query(PIPELINE_COUNTS_SQL, [organisationId, consultantId]);
  }

  /** A page of the companies at a stage (any when null), most uncovered Law 68 positions first. */
  async pipelinePage(
    organisationId: OrganisationId,
    criteria: {
      consultantId: string | null;
      stage: ScoutingStage | null;
      page: number;
      pageSize: number;
    },
  ): Promise<Page<PipelineRow>> {
    const rows: Array<PipelineRow & { total: string }> = await this.dataSource.query(
      PIPELINE_PAGE_SQL,
      [
        organisationId,
        criteria.consultantId,
        criteria.stage,
        criteria.pageSize,
        (criteria.page - 1) * criteria.pageSize,
      ],
    );
    return {
      items: rows.map(({ total: _total, ...row }) => row),
      page: criteria.page,
      pageSize: criteria.pageSize,
      total: rows.length > 0 ? Number(rows[0].total) : 0,
    };
  }

  /** The km-zero businesses around a point, one row per company (its nearest site). */
  kmZeroBusinesses(
    organisationId: OrganisationId,
    centre: { lat: number; lng: number },
    radiusKm: number,
    today: string,
  ): Promise<KmZeroRow[]> {
    return this.dataSource.query(KM_ZERO_BUSINESSES_SQL, [
      organisationId,
      centre.lat,
      centre.lng,
      radiusKm * 1000,
      today,
    ]);
  }
}
