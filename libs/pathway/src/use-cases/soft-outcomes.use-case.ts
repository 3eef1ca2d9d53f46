import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Actor } from '#libs/platform';
import { DataSource } from 'typeorm';
import { SoftOutcomeEntity } from '../entities/soft-outcome.entity.js';
import { loadCase, requireOnCase } from '../pathway-access.js';
import {
  SOFT_OUTCOME_KINDS,
  SOFT_OUTCOME_LEVELS,
  type SoftOutcomeKind,
  type SoftOutcomeLevel,
} from '../soft-outcome-kinds.js';

export interface SoftOutcomeInput {
  kind: SoftOutcomeKind;
  level?: SoftOutcomeLevel | null;
  notes?: string | null;
}

export type SoftOutcomeView = SoftOutcomeEntity & { kindLabel: string; levelLabel: string | null };

function toView(outcome: SoftOutcomeEntity): SoftOutcomeView {
  return {
    ...outcome,
    kindLabel: SOFT_OUTCOME_KINDS[outcome.kind],
    levelLabel: outcome.level ? SOFT_OUTCOME_LEVELS[outcome.level] : null,
  };
}

/** Records a soft outcome (educational goals, growth, activation, orientation) of a person. */
@Injectable()
export class RecordSoftOutcomeUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(
    actor: Actor,
    candidateId: string,
    input: SoftOutcomeInput,
  ): Promise<SoftOutcomeView> {
    const facts = await loadCase(this.dataSource.manager, actor, candidateId);
    requireOnCase(actor, facts);
    const saved = await this.dataSource.manager.save(
      this.dataSource.manager.create(SoftOutcomeEntity, {
        organisationId: actor.organisationId,
        candidateId,
        kind: input.kind,
        level: input.level ?? null,
        notes: input.notes?.trim() || null,
        recordedAt: new Date(),
        recordedBy: actor.userId,
      }),
    );
    return toView(saved);
  }
}

/** The soft outcomes of a person, newest first; only for those on the case (notes describe them). */
@Injectable()
export class ListSoftOutcomesUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(actor: Actor, candidateId: string): Promise<SoftOutcomeView[]> {
    const facts = await loadCase(this.dataSource.manager, actor, candidateId);
    requireOnCase(actor, facts);
    const outcomes = await this.dataSource.manager.find(SoftOutcomeEntity, {
      where: { candidateId, organisationId: actor.organisationId },
      order: { recordedAt: 'DESC' },
    });
    return outcomes.map(toView);
  }
}
