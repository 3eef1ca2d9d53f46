import type { DataSource } from 'typeorm';
import type { MatchContext, PossiblePair } from '../domain/match-result.js';
import { rankCandidates, rankVacancies } from '../domain/match-ranking.js';
import {
  CANDIDATE_PROFILE_COLUMNS,
  type CandidateProfileRow,
  toCandidateProfile,
  toVacancyProfile,
  VACANCY_PROFILE_COLUMNS,
  type VacancyProfileRow,
} from '../store/match-profile-rows.js';

/**
 * The naive way, for comparison: load every open vacancy (or every active candidate) of the
 * organisation and let the core score every pair. Same core, same context, no index.
 */
export async function naiveVacanciesForCandidate(
  dataSource: DataSource,
  organisationId: string,
  candidateId: string,
  context: MatchContext,
  limit: number,
): Promise<PossiblePair[]> {
  const [candidate]: CandidateProfileRow[] = await dataSource.query(
    `SELECT ${CANDIDATE_PROFILE_COLUMNS} FROM candidates c WHERE c.id = $1`,
    [candidateId],
  );
  const vacancies: VacancyProfileRow[] = await dataSource.query(
    `SELECT ${VACANCY_PROFILE_COLUMNS} FROM vacancies v
      WHERE v.organisation_id = $1 AND v.status = 'OPEN' AND v.archived_at IS NULL
        AND (v.expires_at IS NULL OR v.expires_at >= $2::date)`,
    [organisationId, context.today],
  );
  return rankVacancies(
    toCandidateProfile(candidate),
    vacancies.map(toVacancyProfile),
    context,
    limit,
  );
}

export async function naiveCandidatesForVacancy(
  dataSource: DataSource,
  organisationId: string,
  vacancyId: string,
  context: MatchContext,
  limit: number,
): Promise<PossiblePair[]> {
  const [vacancy]: VacancyProfileRow[] = await dataSource.query(
    `SELECT ${VACANCY_PROFILE_COLUMNS} FROM vacancies v WHERE v.id = $1`,
    [vacancyId],
  );
  const candidates: CandidateProfileRow[] = await dataSource.query(
    `SELECT ${CANDIDATE_PROFILE_COLUMNS} FROM candidates c
      WHERE c.organisation_id = $1 AND c.archived_at IS NULL AND c.erased_at IS NULL
        AND c.pathway_status <> 'CLOSED'`,
    [organisationId],
  );
  return rankCandidates(
    toVacancyProfile(vacancy),
    candidates.map(toCandidateProfile),
    context,
    limit,
  );
}
