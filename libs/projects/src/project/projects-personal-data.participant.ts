import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { OrganisationId } from '#libs/platform';
import { type PersonalDataParticipant, PersonalDataRegistry } from '#libs/privacy';
import type { EntityManager } from 'typeorm';
import { PERSON_COURSES_SQL, PERSON_PROJECTS_SQL } from './projects.sql.js';

/**
 * The person's projects (with dates and the personalised plan) and courses in the GDPR export.
 * Erasure keeps them: they hold ids and dates only, and the funder reports keep counting the person
 * (never naming them, since the candidate record is anonymised).
 */
@Injectable()
export class ProjectsPersonalData implements PersonalDataParticipant, OnModuleInit {
  readonly section = 'projects';

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async export(
    manager: EntityManager,
    organisationId: OrganisationId,
    candidateId: string,
  ): Promise<unknown> {
    return {
      memberships: await manager.query(PERSON_PROJECTS_SQL, [organisationId, candidateId]),
      courses: await manager.query(PERSON_COURSES_SQL, [organisationId, candidateId]),
    };
  }

  async erase(): Promise<void> {
    // Nothing to clear: see the class comment.
  }
}
