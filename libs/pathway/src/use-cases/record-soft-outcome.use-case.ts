import { Injectable } from '@nestjs/common';
import { CandidateCaseReader } from '#libs/candidates';
import type { Actor } from '#libs/platform';
import { loadCaseOnCase } from '../pathway-access.policy.js';
import { PathwayRepository } from '../pathway.repository.js';
import type { SoftOutcomeKind, SoftOutcomeLevel } from '../soft-outcome.types.js';
import { type SoftOutcomeView, toSoftOutcomeView } from '../soft-outcome.view.js';

export interface SoftOutcomeInput {
  kind: SoftOutcomeKind;
  level?: SoftOutcomeLevel | null;
  notes?: string | null;
}

/** Records a soft outcome (educational goals, growth, activation, orientation) of a person. */
@Injectable()
export class RecordSoftOutcomeUseCase {
  constructor(
    private readonly pathway: PathwayRepository,
    private readonly cases: CandidateCaseReader,
  ) {}

  async execute(
    actor: Actor,
    candidateId: string,
    input: SoftOutcomeInput,
  ): Promise<SoftOutcomeView> {
    await loadCaseOnCase(this.cases, actor, candidateId);
    const saved = await this.pathway.saveSoftOutcome({
      organisationId: actor.organisationId,
      candidateId,
      kind: input.kind,
      level: input.level ?? null,
      notes: input.notes?.trim() || null,
      recordedAt: new Date(),
      recordedBy: actor.userId,
    });
    return toSoftOutcomeView(saved);
  }
}
