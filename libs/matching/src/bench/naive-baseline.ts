import type { DataSource } from 'typeorm';
import type { MatchContext, PossiblePair } from '../domain/match-result.types.js';
import { rankCandidates, rankVacancies } from '../domain/match-ranking.rules.js';
import { MatchProfilesReader } from '../store/match-profiles.reader.js';

/**
 * The naive way, for comparison: load every open vacancy the organisation sees (or every active
 * candidate of the organisations that see the vacancy) and let the core score every pair. Same
 * core, same context, no index.
 */
export async function naiveVacanciesForCandidate(
  dataSource: DataSource,
  organisationId: string,
  candidateId: string,
  context: MatchContext,
  limit: number,
): Promise<PossiblePair[]> {
  const reader = new MatchProfilesReader(dataSource);
  const candidate = await reader.candidate(organisationId, candidateId);
  const vacancies = await reader.openVacancies(organisationId, context.today);
  return rankVacancies(candidate!, vacancies, context, limit);
}

export async function naiveCandidatesForVacancy(
  dataSource: DataSource,
  organisationId: string,
  vacancyId: string,
  context: MatchContext,
  limit: number,
): Promise<PossiblePair[]> {
  const reader = new MatchProfilesReader(dataSource);
  const vacancy = await reader.vacancy(organisationId, vacancyId);
  const candidates = await reader.activeCandidatesSeeing(vacancyId);
  return rankCandidates(vacancy!, candidates, context, limit);
}
