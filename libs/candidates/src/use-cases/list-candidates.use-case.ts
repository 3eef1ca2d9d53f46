import { Injectable } from '@nestjs/common';
import type { CefrLevel, TargetGroup } from '#libs/kernel';
import type { Actor, Page } from '#libs/platform';
import type { PathwayStatus } from '../candidate.types.js';
import { type CandidateSummary, toCandidateSummary } from '../candidate.view.js';
import { CandidatesRepository } from '../candidates.repository.js';

export const CANDIDATE_SORT_FIELDS = ['lastName', 'createdAt', 'updatedAt', 'birthDate'] as const;

export interface CandidateFilter {
  q?: string;
  pathwayStatus?: PathwayStatus;
  minItalianLevel?: CefrLevel;
  municipalityCode?: string;
  assignedToMe?: boolean;
  assignedTutorId?: string;
  /** Only the groups that reveal nothing special can be filtered on in lists. */
  targetGroup?: TargetGroup;
  archived?: boolean;
  sort?: string;
  page: number;
  pageSize: number;
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
