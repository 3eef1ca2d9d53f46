import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { OrganisationId } from '#libs/platform';
import { type PersonalDataParticipant, PersonalDataRegistry } from '#libs/privacy';
import type { EntityManager } from 'typeorm';

/**
 * The person's matches, proposals (with their log), placements and soft outcomes in the GDPR export.
 * Erasure deletes the matches and who looked at them, and clears every free-text note; proposals'
 * states and dates and placements' contract type, hours, dates, km zero and Law 68 flags stay, so
 * the yearly outcome figures and the companies' Law 68 coverage do not change.
 */
@Injectable()
export class PathwayPersonalData implements PersonalDataParticipant, OnModuleInit {
  readonly section = 'pathway';

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async export(
    manager: EntityManager,
    organisationId: OrganisationId,
    candidateId: string,
  ): Promise<unknown> {
    const params = [candidateId, organisationId];
    const [matches, proposals, events, placements, softOutcomes] = await Promise.all([
      manager.query(
        `SELECT vacancy_id AS "vacancyId", score, factors->>'summary' AS summary, computed_at AS "computedAt"
           FROM matches WHERE candidate_id = $1 AND organisation_id = $2 ORDER BY score DESC`,
        params,
      ),
      manager.query(
        `SELECT id, vacancy_id AS "vacancyId", company_id AS "companyId", state, decline_reason AS "declineReason",
                score, note, created_at AS "createdAt" FROM proposals
          WHERE candidate_id = $1 AND organisation_id = $2 ORDER BY created_at`,
        params,
      ),
      manager.query(
        `SELECT e.proposal_id AS "proposalId", e.from_state AS "from", e.to_state AS "to", e.reason, e.note, e.at
           FROM proposal_events e JOIN proposals p ON p.id = e.proposal_id
          WHERE p.candidate_id = $1 AND p.organisation_id = $2 ORDER BY e.id`,
        params,
      ),
      manager.query(
        `SELECT id, company_id AS "companyId", vacancy_id AS "vacancyId", contract_type AS "contractType",
                weekly_hours AS "weeklyHours", start_date::text AS "startDate", end_date::text AS "endDate",
                km_zero AS "kmZero", counts_toward_l68 AS "countsTowardL68", l68_category AS "l68Category",
                internship FROM placements WHERE candidate_id = $1 AND organisation_id = $2 ORDER BY start_date`,
        params,
      ),
      manager.query(
        `SELECT kind, level, notes, recorded_at AS "recordedAt" FROM soft_outcomes
          WHERE candidate_id = $1 AND organisation_id = $2 ORDER BY recorded_at`,
        params,
      ),
    ]);
    return { matches, proposals, proposalEvents: events, placements, softOutcomes };
  }

  async erase(
    manager: EntityManager,
    organisationId: OrganisationId,
    candidateId: string,
  ): Promise<void> {
    const params = [candidateId, organisationId];
    await manager.query(
      `DELETE FROM matches WHERE candidate_id = $1 AND organisation_id = $2`,
      params,
    );
    await manager.query(
      `DELETE FROM match_visits WHERE subject_type = 'candidate' AND subject_id = $1 AND organisation_id = $2`,
      params,
    );
    await manager.query(
      `DELETE FROM match_subjects WHERE subject_type = 'candidate' AND subject_id = $1 AND organisation_id = $2`,
      params,
    );
    await manager.query(
      `UPDATE proposals SET note = NULL WHERE candidate_id = $1 AND organisation_id = $2`,
      params,
    );
    await manager.query(`SELECT set_config('incrocio.erasure', 'on', true)`);
    await manager.query(
      `UPDATE proposal_events e SET note = NULL FROM proposals p
        WHERE p.id = e.proposal_id AND p.candidate_id = $1 AND p.organisation_id = $2 AND e.note IS NOT NULL`,
      params,
    );
    await manager.query(`SELECT set_config('incrocio.erasure', 'off', true)`);
    await manager.query(
      `UPDATE soft_outcomes SET notes = NULL WHERE candidate_id = $1 AND organisation_id = $2`,
      params,
    );
  }
}
