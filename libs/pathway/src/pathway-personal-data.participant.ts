import { Injectable, type OnModuleInit } from '@nestjs/common';
import { eraseCandidateMatches, exportCandidateMatches } from '#libs/matching';
import type { OrganisationId } from '#libs/platform';
import { type PersonalDataParticipant, PersonalDataRegistry } from '#libs/privacy';
import type { EntityManager } from 'typeorm';
import { PathwayRepository } from './pathway.repository.js';

/**
 * The person's matches, proposals (with their log), placements and soft outcomes in the GDPR export.
 * Erasure deletes the matches and who looked at them, and clears every free-text note; proposals'
 * states and dates and placements' contract type, hours, dates, km zero and Law 68 flags stay, so
 * the yearly outcome figures and the companies' Law 68 coverage do not change.
 */
@Injectable()
export class PathwayPersonalData implements PersonalDataParticipant, OnModuleInit {
  readonly section = 'pathway';

  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly pathway: PathwayRepository,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async export(
    manager: EntityManager,
    organisationId: OrganisationId,
    candidateId: string,
  ): Promise<unknown> {
    const matches = await exportCandidateMatches(manager, organisationId, candidateId);
    const pathway = await this.pathway.personalData(manager, organisationId, candidateId);
    return { matches, ...pathway };
  }

  async erase(
    manager: EntityManager,
    organisationId: OrganisationId,
    candidateId: string,
  ): Promise<void> {
    await eraseCandidateMatches(manager, organisationId, candidateId);
    await this.pathway.eraseNotes(manager, organisationId, candidateId);
  }
}
