import { Injectable } from '@nestjs/common';
import type { OrganisationId } from '#libs/platform';
import type { EntityManager } from 'typeorm';
import { ScoutingCompanyEntity } from './entities/scouting-company.entity.js';
import { ScoutingStageChangeEntity } from './entities/scouting-stage-change.entity.js';
import { ScoutingError } from './scouting.error.js';
import { SCOUTING_MANAGERS, type ScoutingStage } from './scouting.types.js';

export interface StageMove {
  stage: ScoutingStage;
  actorId: string;
  note?: string | null;
  /** Assigns the company to a consultant; undefined leaves the assignment as it is. */
  consultantId?: string | null;
}

/** Moves companies through the pipeline, writing one stage change per move. */
@Injectable()
export class PipelineWriter {
  async current(
    manager: EntityManager,
    organisationId: OrganisationId,
    companyId: string,
  ): Promise<ScoutingCompanyEntity | null> {
    return manager.findOneBy(ScoutingCompanyEntity, { organisationId, companyId });
  }

  async move(
    manager: EntityManager,
    organisationId: OrganisationId,
    companyId: string,
    move: StageMove,
  ): Promise<ScoutingCompanyEntity> {
    if (move.consultantId) await this.checkConsultant(manager, organisationId, move.consultantId);
    const now = new Date();
    const existing = await this.current(manager, organisationId, companyId);
    const from = existing?.stage ?? null;
    const row =
      existing ??
      manager.create(ScoutingCompanyEntity, {
        organisationId,
        companyId,
        consultantId: null,
        stageChangedAt: now,
      });
    if (move.consultantId !== undefined) row.consultantId = move.consultantId;
    row.updatedAt = now;
    if (from !== move.stage) {
      row.stage = move.stage;
      row.stageChangedAt = now;
      await manager.insert(ScoutingStageChangeEntity, {
        organisationId,
        companyId,
        fromStage: from,
        toStage: move.stage,
        note: move.note?.trim() || null,
        changedBy: move.actorId,
      });
    }
    return manager.save(row);
  }

  /** Activities and companies are assigned to staff of the organisation who run scouting. */
  async checkConsultant(
    manager: EntityManager,
    organisationId: OrganisationId,
    userId: string,
    field = 'consultantId',
  ): Promise<void> {
    const [{ ok }] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM users WHERE id = $1 AND organisation_id = $2 AND active
                         AND role = ANY($3::text[])) AS ok`,
      [userId, organisationId, SCOUTING_MANAGERS],
    );
    if (!ok) {
      throw ScoutingError.invalid([
        { field, message: 'utente sconosciuto o senza il ruolo di consulente aziende' },
      ]);
    }
  }
}
