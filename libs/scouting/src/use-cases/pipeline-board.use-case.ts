import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Actor, Page } from '#libs/platform';
import { DataSource } from 'typeorm';
import { SCOUTING_STAGE_CODES, SCOUTING_STAGES, type ScoutingStage } from '../scouting.types.js';

export interface PipelineFilter {
  stage?: ScoutingStage;
  consultantId?: string;
  page: number;
  pageSize: number;
}

export interface PipelineCompany {
  companyId: string;
  name: string;
  stage: ScoutingStage;
  stageLabel: string;
  consultantId: string | null;
  stageChangedAt: string | null;
  kmZero: boolean;
  /** Uncovered Law 68 positions (disability and art. 18) of the stored position, if any. */
  uncoveredPositions: number | null;
}

export interface PipelineBoard {
  stages: Array<{ stage: ScoutingStage; label: string; companies: number }>;
  companies: Page<PipelineCompany>;
}

const BASE = `
  FROM companies c
  LEFT JOIN scouting_companies sc ON sc.company_id = c.id
  LEFT JOIN law68_positions p ON p.company_id = c.id
 WHERE c.organisation_id = $1 AND c.archived_at IS NULL
   AND ($2::uuid IS NULL OR sc.consultant_id = $2)`;

/**
 * The pipeline: how many of the organisation's companies are at each stage (companies never
 * approached are "to contact") and the companies of one stage, most uncovered positions first.
 */
@Injectable()
export class PipelineBoardUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(actor: Actor, filter: PipelineFilter): Promise<PipelineBoard> {
    const consultant = filter.consultantId ?? null;
    const counts: Array<{ stage: ScoutingStage; companies: number }> = await this.dataSource.query(
      `SELECT COALESCE(sc.stage, 'TO_CONTACT') AS stage, count(*)::int AS companies ${BASE} GROUP BY 1`,
      [actor.organisationId, consultant],
    );
    const rows: Array<PipelineCompany & { total: string }> = await this.dataSource.query(
      `SELECT c.id AS "companyId", c.name, COALESCE(sc.stage, 'TO_CONTACT') AS stage,
              sc.consultant_id AS "consultantId", sc.stage_changed_at AS "stageChangedAt",
              c.km_zero AS "kmZero", p.uncovered_disabled + p.uncovered_art18 AS "uncoveredPositions",
              count(*) OVER () AS total
         ${BASE} AND ($3::text IS NULL OR COALESCE(sc.stage, 'TO_CONTACT') = $3)
        ORDER BY "uncoveredPositions" DESC NULLS LAST, c.name, c.id
        LIMIT $4 OFFSET $5`,
      [
        actor.organisationId,
        consultant,
        filter.stage ?? null,
        filter.pageSize,
        (filter.page - 1) * filter.pageSize,
      ],
    );
    return {
      stages: SCOUTING_STAGE_CODES.map((stage) => ({
        stage,
        label: SCOUTING_STAGES[stage],
        companies: counts.find((row) => row.stage === stage)?.companies ?? 0,
      })),
      companies: {
        items: rows.map(({ total: _total, ...row }) => ({
          ...row,
          stageLabel: SCOUTING_STAGES[row.stage],
        })),
        page: filter.page,
        pageSize: filter.pageSize,
        total: rows.length > 0 ? Number(rows[0].total) : 0,
      },
    };
  }
}
