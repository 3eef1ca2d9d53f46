import { Injectable } from '@nestjs/common';
import { CandidateCaseReader } from '#libs/candidates';
import type { Actor } from '#libs/platform';
import { loadCaseOnCase } from '../pathway-access.policy.js';
import { PathwayRepository } from '../pathway.repository.js';
import { type SoftOutcomeView, toSoftOutcomeView } from '../soft-outcome.view.js';

/** The soft outcomes of a person, newest first; only for those on the case (notes describe them). */
@Injectable()
export class ListSoftOutcomesUseCase {
  constructor(
    private readonly pathway: PathwayRepository,
    private readonly cases: CandidateCaseReader,
  ) {}

  async execute(actor: Actor, candidateId: string): Promise<SoftOutcomeView[]> {
    await loadCaseOnCase(this.cases, actor, candidateId);
    const outcomes = await this.pathway.softOutcomesOf(actor.organisationId, candidateId);
    return outcomes.map(toSoftOutcomeView);
  }
}
