import { Injectable } from '@nestjs/common';
import { CompaniesError, CompaniesRepository } from '#libs/companies';
import type { Actor } from '#libs/platform';
import { PipelineWriter } from '../pipeline.writer.js';
import type { ScoutingStage } from '../scouting.types.js';
import {
  type CompanyScoutingView,
  GetCompanyScoutingUseCase,
} from './get-company-scouting.use-case.js';

export interface StageInput {
  stage: ScoutingStage;
  note?: string | null;
  consultantId?: string | null;
}

/** Moves a company to a stage of the pipeline (any stage: a deal can fall through) or reassigns it. */
@Injectable()
export class MoveStageUseCase {
  constructor(
    private readonly companies: CompaniesRepository,
    private readonly pipeline: PipelineWriter,
    private readonly view: GetCompanyScoutingUseCase,
  ) {}

  async execute(actor: Actor, companyId: string, input: StageInput): Promise<CompanyScoutingView> {
    const organisationId = actor.organisationId;
    await this.companies.transaction(async (manager) => {
      const company = await this.companies.getForUpdate(manager, organisationId, companyId);
      if (company.archivedAt) throw CompaniesError.archived();
      await this.pipeline.move(manager, organisationId, companyId, {
        stage: input.stage,
        note: input.note,
        consultantId: input.consultantId,
        actorId: actor.userId,
      });
    });
    return this.view.execute(actor, companyId);
  }
}
