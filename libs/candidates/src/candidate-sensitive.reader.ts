import { Injectable } from '@nestjs/common';
import { AuditService } from '#libs/audit';
import { type Actor, asOrganisationId } from '#libs/platform';
import { canReadSensitive } from './candidate-access.policy.js';
import type { CandidateEntity } from './entities/candidate.entity.js';
import { CandidatesRepository } from './candidates.repository.js';
import type { CandidateSensitive } from './candidate-sensitive.sealer.js';

/**
 * The only way to read special-category data: it checks need-to-know and logs the read (who, which
 * candidate, which fields, from where). Returns undefined when the actor may not read it.
 */
@Injectable()
export class CandidateSensitiveReader {
  constructor(
    private readonly candidates: CandidatesRepository,
    private readonly audit: AuditService,
  ) {}

  async read(
    actor: Actor,
    candidate: CandidateEntity,
    purpose: string,
  ): Promise<CandidateSensitive | null | undefined> {
    if (!canReadSensitive(actor, candidate)) return undefined;
    const row = await this.candidates.sensitiveOf(
      asOrganisationId(candidate.organisationId),
      candidate.id,
    );
    const fields = row
      ? Object.entries({
          targetGroups: row.targetGroups.length > 0,
          l68: row.l68,
          health: row.health,
          justice: row.justice,
          asylum: row.asylum,
          violence: row.violence,
          referral: row.referral,
        })
          .filter(([, value]) => Boolean(value))
          .map(([field]) => field)
      : [];
    await this.audit.record({
      action: 'SENSITIVE_READ',
      actor,
      subjectType: 'candidate',
      subjectId: candidate.id,
      details: { purpose, fields },
    });
    return row;
  }
}
