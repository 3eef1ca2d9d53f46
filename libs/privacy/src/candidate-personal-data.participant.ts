import { Injectable, type OnModuleInit } from '@nestjs/common';
import { CandidatesRepository, toCandidateView } from '#libs/candidates';
import { MunicipalitiesService } from '#libs/geo';
import { type OrganisationId, RecordChanges } from '#libs/platform';
import type { EntityManager } from 'typeorm';
import type { PersonalDataParticipant } from './personal-data.types.js';
import { PersonalDataRegistry } from './personal-data.registry.js';

/**
 * The candidate's own record. Erasure keeps an anonymous row (organisation, municipality, birth
 * year, ordinary target groups, pathway status, dates) so that caseload and outcome figures for the
 * funders stay right, and removes everything that names or describes the person.
 */
@Injectable()
export class CandidatePersonalData implements PersonalDataParticipant, OnModuleInit {
  readonly section = 'candidate';

  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly changes: RecordChanges,
    private readonly candidates: CandidatesRepository,
    private readonly municipalities: MunicipalitiesService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async export(
    manager: EntityManager,
    organisationId: OrganisationId,
    candidateId: string,
  ): Promise<unknown> {
    const candidate = await this.candidates.get(organisationId, candidateId, manager);
    const sensitive = await this.candidates.sensitiveOf(organisationId, candidateId, manager);
    return toCandidateView(candidate, sensitive);
  }

  async erase(
    manager: EntityManager,
    organisationId: OrganisationId,
    candidateId: string,
  ): Promise<void> {
    const candidate = await this.candidates.get(organisationId, candidateId, manager);
    const home = await this.municipalities.findByCode(candidate.homeMunicipalityCode);
    await this.candidates.anonymise(manager, organisationId, candidateId, home!);
    await this.changes.recorded(manager, {
      type: 'candidate',
      id: candidateId,
      organisationId,
      kind: 'delete',
    });
  }
}
