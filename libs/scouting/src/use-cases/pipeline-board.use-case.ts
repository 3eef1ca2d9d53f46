import { Injectable } from '@nestjs/common';
import type { Actor, Page } from '#libs/platform';
import { type PipelineRow, ScoutingRepository } from '../scouting.repository.js';
import { SCOUTING_STAGE_CODES, SCOUTING_STAGES, type ScoutingStage } from '../scouting.types.js';

export interface PipelineFilter {
  stage?: ScoutingStage;
  consultantId?: string;
  page: number;
  pageSize: number;
}

export type PipelineCompany = PipelineRow & { stageLabel: string };

export interface PipelineBoard {
  stages: Array<{ stage: ScoutingStage; label: string; companies: number }>;
  companies: Page<PipelineCompany>;
}

/**
 * The pipeline: how many of the organisation's companies are at each stage (companies never
 * approached are "to contact") and the companies of one stage, most uncovered positions first.
 */
@Injectable()
export class PipelineBoardUseCase {
  constructor(private readonly scouting: ScoutingRepository) {}

  async execute(actor: Actor, filter: PipelineFilter): Promise<PipelineBoard> {
    const consultantId = filter.consultantId ?? null;
    const counts = await this.scouting.pipelineCounts(actor.organisationId, consultantId);
    const page = await this.scouting.pipelinePage(actor.organisationId, {
      consultantId,
      stage: filter.stage ?? null,
      page: filter.page,
      pageSize: filter.pageSize,
    });
    return {
      stages: SCOUTING_STAGE_CODES.map((stage) => ({
        stage,
        label: SCOUTING_STAGES[stage],
        companies: counts.find((row) => row.stage === stage)?.companies ?? 0,
      })),
      companies: {
        ...page,
        items: page.items.map((row) => ({ ...row, stageLabel: SCOUTING_STAGES[row.stage] })),
      },
    };
  }
}
