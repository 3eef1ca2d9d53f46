import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { OrganisationId } from '#libs/platform';
import { type PersonalDataParticipant, PersonalDataRegistry } from '#libs/privacy';
import type { EntityManager } from 'typeorm';
import { ImportsRepository } from './imports.repository.js';

/**
 * The source ids a person was imported from, in the GDPR export; erasure deletes them (the id of a
 * caseload file may be a fiscal code), so importing the same file again would create the person anew.
 */
@Injectable()
export class ImportsPersonalData implements PersonalDataParticipant, OnModuleInit {
  readonly section = 'imports';

  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly imports: ImportsRepository,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async export(manager: EntityManager, organisationId: OrganisationId, candidateId: string) {
    return { importedFrom: await this.imports.personSources(manager, organisationId, candidateId) };
  }

  erase(
    manager: EntityManager,
    organisationId: OrganisationId,
    candidateId: string,
  ): Promise<void> {
    return this.imports.erasePersonSources(manager, organisationId, candidateId);
  }
}
