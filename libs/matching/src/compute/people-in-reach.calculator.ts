import type { DataSource } from 'typeorm';
import { evaluatePair } from '../domain/match-explanation.rules.js';
import type { CandidateMatchProfile, VacancyMatchProfile } from '../domain/match-profiles.types.js';
import type { MatchContext, PossiblePair } from '../domain/match-result.types.js';
import { RefreshBatchReader } from '../store/refresh-batch.reader.js';
import { VACANCY_TO_CANDIDATES } from './match-direction.rules.js';
import type { PeopleIndexLoader } from './people-index.loader.js';
import { byBound, softMaximum, softPointsFor } from './soft-bound.calculator.js';
import { tightBound } from './tight-ranking.calculator.js';
import type { IndexedVacancy } from './vacancy-index.calculator.js';

export interface PersonInReach {
  id: string;
  organisationId: string;
  /** An upper bound of the pair's score (the SQL part, the exact taxonomy points, a margin). */
  bound: number;
}

/**
 * Everyone who might take the vacancy among the organisations that see it (the worker's people
 * index: PeopleIndexLoader.reach), best bound first: the reverse query of the vacancy index (a new or
 * changed vacancy reaches these people's lists).
 */
export async function peopleInReach(
  people: PeopleIndexLoader,
  vacancy: IndexedVacancy,
  context: MatchContext,
): Promise<PersonInReach[]> {
  const rows = await people.reach(vacancy.profile, context);
  const loose = softMaximum(context);
  const softPoints = softPointsFor(context);
  return rows
    .map((row) => ({
      id: row.id,
      organisationId: row.organisation_id,
      bound: tightBound(
        row.bound,
        loose,
        VACANCY_TO_CANDIDATES.softPoints(softPoints, vacancy.profile, row),
      ),
    }))
    .sort(byBound);
}

/** Loads people by id (any organisation of the network) and lets the core evaluate each pair. */
export async function evaluatePeople(
  dataSource: DataSource,
  vacancy: VacancyMatchProfile,
  ids: readonly string[],
  context: MatchContext,
  profiles?: Map<string, CandidateMatchProfile>,
): Promise<PossiblePair[]> {
  const people = await new RefreshBatchReader(dataSource).candidates(ids);
  return people.flatMap(({ profile, active }) => {
    profiles?.set(profile.id, profile);
    if (!active) return [];
    const pair = evaluatePair(profile, vacancy, context);
    return pair.possible ? [pair] : [];
  });
}
