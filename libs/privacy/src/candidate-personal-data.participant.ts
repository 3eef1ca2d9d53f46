import { Injectable, type OnModuleInit } from '@nestjs/common';
import { CandidateEntity, CandidateSensitiveEntity, toCandidateView } from '#libs/candidates';
import { type OrganisationId, RecordChanges } from '#libs/platform';
import type { EntityManager } from 'typeorm';
import type { PersonalDataParticipant } from './personal-data.participant.js';
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
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async export(
    manager: EntityManager,
    organisationId: OrganisationId,
    candidateId: string,
  ): Promise<unknown> {
    const candidate = await manager.findOneByOrFail(CandidateEntity, {
      id: candidateId,
      organisationId,
    });
    const sensitive = await manager.findOneBy(CandidateSensitiveEntity, {
      candidateId,
      organisationId,
    });
    return toCandidateView(candidate, sensitive);
  }

  async erase(
    manager: EntityManager,
    organisationId: OrganisationId,
    candidateId: string,
  ): Promise<void> {
    await manager.query(
      `DELETE FROM candidate_sensitive WHERE candidate_id = $1 AND organisation_id = $2`,
      [candidateId, organisationId],
    );
    await manager.query(
      `UPDATE candidates c
          SET first_name = 'Persona', last_name = 'anonimizzata', tax_code = NULL, email = NULL, phone = NULL,
              gender = NULL, birth_date = date_trunc('year', c.birth_date)::date,
              home_lat = m.lat, home_lng = m.lng, availability = NULL, driving_licences = '{}',
              skills = '[]', experiences = '[]', preferred_occupations = '{}', digital_skills = '{}',
              allowed_area = NULL, task_limitations = '{}', referral = NULL, assigned_tutor_ids = '{}',
              consent = jsonb_build_object('erased', true), archived_at = coalesce(c.archived_at, now()),
              erased_at = now(), updated_at = now(), version = c.version + 1
         FROM municipalities m
        WHERE c.id = $1 AND c.organisation_id = $2 AND m.istat_code = c.home_municipality_code`,
      [candidateId, organisationId],
    );
    await this.changes.recorded(manager, {
      type: 'candidate',
      id: candidateId,
      organisationId,
      kind: 'delete',
    });
  }
}
