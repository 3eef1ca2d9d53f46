import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '#libs/audit';
import { CandidatesRepository } from '#libs/candidates';
import type { Actor, OrganisationId } from '#libs/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { PersonalDataRegistry } from '../personal-data.registry.js';
import { PrivacyError } from '../privacy.error.js';

export type ErasureReason = 'REQUEST' | 'RETENTION';

/**
 * Erases a person (GDPR art. 17) in one transaction across every module: either all of it is
 * anonymised or nothing is. The audit entry names only the record's id.
 */
@Injectable()
export class ErasePersonUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly candidates: CandidatesRepository,
    private readonly registry: PersonalDataRegistry,
    private readonly audit: AuditService,
  ) {}

  async execute(
    actor: Actor,
    candidateId: string,
  ): Promise<{ candidateId: string; erasedAt: string }> {
    return this.dataSource.transaction((manager) =>
      this.erase(manager, actor.organisationId, candidateId, 'REQUEST', actor),
    );
  }

  async erase(
    manager: EntityManager,
    organisationId: OrganisationId,
    candidateId: string,
    reason: ErasureReason,
    actor?: Actor,
  ) {
    const candidate = await this.candidates.getForUpdate(manager, organisationId, candidateId);
    if (candidate.erasedAt) throw PrivacyError.alreadyErased();
    for (const participant of this.registry.all())
      await participant.erase(manager, organisationId, candidateId);
    await this.audit.record(
      {
        action: 'CANDIDATE_ERASED',
        actor,
        organisationId,
        subjectType: 'candidate',
        subjectId: candidateId,
        details: { reason },
      },
      manager,
    );
    return { candidateId, erasedAt: new Date().toISOString() };
  }
}
