import { Injectable } from '@nestjs/common';
import { UsersReader } from '#libs/accounts';
import type { OrganisationId } from '#libs/platform';
import type { EntityManager } from 'typeorm';
import type { ScoutingCompanyEntity } from './entities/scouting-company.entity.js';
import { ScoutingError } from './scouting.error.js';
import { ScoutingRepository } from './scouting.repository.js';
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
  constructor(
    private readonly scouting: ScoutingRepository,
    private readonly users: UsersReader,
  ) {}

  async current(
    manager: EntityManager,
    organisationId: OrganisationId,
    companyId: string,
  ): Promise<ScoutingCompanyEntity | null> {
    return this.scouting.stageOf(organisationId, companyId, manager);
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
      this.scouting.newStage(manager, {
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
      await this.scouting.logStageChange(manager, {
        organisationId,
        companyId,
        fromStage: from,
        toStage: move.stage,
        note: move.note?.trim() || null,
        changedBy: move.actorId,
      });
    }
    return this.scouting.saveStage(manager, row);
  }

  /** Activities and companies are assigned to staff of the organisation who run scouting. */
  async checkConsultant(
    manager: EntityManager,
    organisationId: OrganisationId,
    userId: string,
    field = 'consultantId',
  ): Promise<void> {
    if (!(await this.users.isActiveWithRole(organisationId, userId, SCOUTING_MANAGERS, manager))) {
      throw ScoutingError.invalid([
        { field, message: 'utente sconosciuto o senza il ruolo di consulente aziende' },
      ]);
    }
  }
}
