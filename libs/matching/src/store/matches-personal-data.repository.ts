import type { OrganisationId } from '#libs/platform';
import type { EntityManager } from 'typeorm';
import { explanationJoinSql } from './match-explanations.sql.js';
import { storedSummarySql } from './stored-explanation.codec.js';

/*
 * A person's stored matches in the GDPR export and erasure (matches, match_visits, match_subjects),
 * for the pathway's personal-data participant, which presents them beside the proposals.
 */

/** $1 candidate, $2 organisation. */
const EXPORT_MATCHES_SQL = `
  SELECT m.vacancy_id AS "vacancyId", m.score, ${storedSummarySql('e.factors')} AS summary,
         m.computed_at AS "computedAt"
    FROM matches m ${explanationJoinSql('m')}
   WHERE m.candidate_id = $1 AND m.organisation_id = $2 ORDER BY m.score DESC`;

const ERASE_MATCHES_SQL = [
  `DELETE FROM matches WHERE candidate_id = $1 AND organisation_id = $2`,
  `DELETE FROM match_visits WHERE subject_type = 'candidate' AND subject_id = $1 AND organisation_id = $2`,
  `DELETE FROM match_subjects WHERE subject_type = 'candidate' AND subject_id = $1 AND organisation_id = $2`,
];

export function exportCandidateMatches(
  manager: EntityManager,
  organisationId: OrganisationId,
  candidateId: string,
): Promise<unknown[]> {
  return manager.query(EXPORT_MATCHES_SQL, [candidateId, organisationId]);
}

/** Deletes the person's matches and who looked at them. */
export async function eraseCandidateMatches(
  manager: EntityManager,
  organisationId: OrganisationId,
  candidateId: string,
): Promise<void> {
  for (const sql of ERASE_MATCHES_SQL) await manager.query(sql, [candidateId, organisationId]);
}
