import { Injectable } from '@nestjs/common';
import type { Actor, Page } from '#libs/platform';
import { type CandidateSummary, toCandidateSummary } from '../candidate.view.js';
import { type CandidateListCriteria, CandidatesRepository } from '../candidates.repository.js';

export const CANDIDATE_SORT_FIELDS = ['lastName', 'createdAt', 'updatedAt', 'birthDate'] as const;

/** The list criteria as the API takes them: whose cases, by the actor or by a tutor's id. */
export interface CandidateFilter extends Omit<CandidateListCriteria, 'tutorId'> {
  assignedToMe?: boolean;
  assignedTutorId?: string;
}

/** Lists the organisation's candidates, without special-category data. */
@Injectable()
export class ListCandidatesUseCase {
  constructor(private readonly repository: CandidatesRepository) {}

  async execute(actor: Actor, filter: CandidateFilter): Promise<Page<CandidateSummary>> {
    const { assignedToMe, assignedTutorId, ...criteria } = filter;
    return this.repository.page(
      actor.organisationId,
      { ...criteria, tutorId: assignedToMe ? actor.userId : assignedTutorId },
      (rows) => rows.map(toCandidateSummary),
    );
  }
}
