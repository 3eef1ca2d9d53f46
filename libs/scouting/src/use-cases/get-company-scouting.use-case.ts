import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CompaniesRepository } from '#libs/companies';
import type { Actor } from '#libs/platform';
import { DataSource } from 'typeorm';
import { ScoutingActivityEntity } from '../entities/scouting-activity.entity.js';
import { ScoutingStageChangeEntity } from '../entities/scouting-stage-change.entity.js';
import { PipelineWriter } from '../pipeline.writer.js';
import { SCOUTING_STAGES, type ScoutingStage } from '../scouting.types.js';
import { type ActivityView, toActivityView } from './activity.view.js';

export interface CompanyScoutingView {
  companyId: string;
  stage: ScoutingStage;
  stageLabel: string;
  consultantId: string | null;
  stageChangedAt: Date | null;
  kmZero: boolean;
  stageHistory: Array<ScoutingStageChangeEntity & { toStageLabel: string }>;
  activities: ActivityView[];
}

/** A company's scouting record: stage, its history, and the activities with it, newest first. */
@Injectable()
export class GetCompanyScoutingUseCase {
  constructor(
    private readonly companies: CompaniesRepository,
    private readonly pipeline: PipelineWriter,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async execute(actor: Actor, companyId: string): Promise<CompanyScoutingView> {
    const organisationId = actor.organisationId;
    const company = await this.companies.get(organisationId, companyId);
    const manager = this.dataSource.manager;
    const current = await this.pipeline.current(manager, organisationId, companyId);
    const changes = await manager.find(ScoutingStageChangeEntity, {
      where: { organisationId, companyId },
      order: { id: 'ASC' },
    });
    const activities = await manager.find(ScoutingActivityEntity, {
      where: { organisationId, companyId },
      order: { occurredOn: 'DESC', createdAt: 'DESC' },
    });
    const stage = current?.stage ?? 'TO_CONTACT';
    return {
      companyId,
      stage,
      stageLabel: SCOUTING_STAGES[stage],
      consultantId: current?.consultantId ?? null,
      stageChangedAt: current?.stageChangedAt ?? null,
      kmZero: company.kmZero,
      stageHistory: changes.map((change) => ({
        ...change,
        toStageLabel: SCOUTING_STAGES[change.toStage],
      })),
      activities: activities.map(toActivityView),
    };
  }
}
