import { isInternship } from '#libs/kernel';
import type { Actor } from '#libs/platform';
import type { EntityManager } from 'typeorm';
import type { PlacementEntity } from './entities/placement.entity.js';
import type { CaseFacts } from './pathway-access.policy.js';
import { PathwayError } from './pathway.error.js';
import type { PathwayRepository } from './pathway.repository.js';
import { checkPlacement, internshipKind, type PlacementInput } from './placement.rules.js';

export interface PlacementOrigin {
  companyId: string;
  vacancyId: string | null;
  proposalId: string | null;
  /** The vacancy's km-zero flag, the default when the tutor does not say. */
  kmZero: boolean;
}

/** Checks and writes an outcome inside the caller's transaction. */
export async function writePlacement(
  repository: PathwayRepository,
  manager: EntityManager,
  actor: Actor,
  facts: CaseFacts,
  origin: PlacementOrigin,
  input: PlacementInput,
  field = '',
): Promise<PlacementEntity> {
  const problems = checkPlacement(input, facts.l68Eligible, field);
  if (problems.length > 0) throw PathwayError.invalid(problems);
  const counts = input.countsTowardL68 ?? false;
  return repository.savePlacement(manager, {
    organisationId: actor.organisationId,
    candidateId: facts.id,
    companyId: origin.companyId,
    vacancyId: origin.vacancyId,
    proposalId: origin.proposalId,
    contractType: input.contractType,
    weeklyHours: input.weeklyHours ?? null,
    fullTimeHours: input.fullTimeHours ?? null,
    startDate: input.startDate,
    endDate: input.endDate ?? null,
    kmZero: input.kmZero ?? origin.kmZero,
    countsTowardL68: counts,
    l68Category: counts ? facts.l68Eligible : null,
    internship:
      isInternship(input.contractType) && input.internship
        ? {
            promoter: input.internship.promoter,
            monthlyAllowanceCents: input.internship.monthlyAllowanceCents,
            startDate: input.startDate,
            endDate: input.internship.endDate ?? input.endDate ?? null,
            kind: internshipKind(input.contractType),
          }
        : null,
    createdBy: actor.userId,
  });
}
