import { Injectable } from '@nestjs/common';
import { CandidateCaseReader } from '#libs/candidates';
import { CONTRACT_TYPES } from '#libs/kernel';
import type { Actor } from '#libs/platform';
import type { PlacementEntity } from '../entities/placement.entity.js';
import { loadCase, onCase } from '../pathway-access.policy.js';
import { PathwayRepository } from '../pathway.repository.js';

export type PlacementView = Omit<PlacementEntity, 'countsTowardL68' | 'l68Category'> & {
  contractLabel: string;
  /** Present only for readers on the case: counting toward Law 68 reveals a registration. */
  countsTowardL68?: boolean;
  l68Category?: PlacementEntity['l68Category'];
};

export function toPlacementView(placement: PlacementEntity, disclose: boolean): PlacementView {
  const { countsTowardL68, l68Category, ...rest } = placement;
  const view: PlacementView = { ...rest, contractLabel: CONTRACT_TYPES[placement.contractType] };
  if (disclose) Object.assign(view, { countsTowardL68, l68Category });
  return view;
}

/** The outcomes of a person, newest first. */
@Injectable()
export class ListPlacementsUseCase {
  constructor(
    private readonly pathway: PathwayRepository,
    private readonly cases: CandidateCaseReader,
  ) {}

  async execute(actor: Actor, candidateId: string): Promise<PlacementView[]> {
    const facts = await loadCase(this.cases, actor, candidateId);
    const placements = await this.pathway.placementsOf(actor.organisationId, candidateId);
    return placements.map((placement) => toPlacementView(placement, onCase(actor, facts)));
  }
}
