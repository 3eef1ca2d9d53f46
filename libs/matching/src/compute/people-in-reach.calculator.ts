import type { DataSource } from 'typeorm';
import { evaluatePair } from '../domain/match-explanation.rules.js';
import type { CandidateMatchProfile, VacancyMatchProfile } from '../domain/match-profiles.types.js';
import type { MatchContext, PossiblePair } from '../domain/match-result.types.js';
import { RefreshBatchReader } from '../store/refresh-batch.reader.js';
import { VACANCY_TO_CANDIDATES } from './match-direction.rules.js';
import type { PeopleIndexLoader } from './people-index.loader.js';
import { directedRanking } from './tight-ranking.calculator.js';
import type { BoundedId } from './top-matches.calculator.js';
import type { IndexedVacancy } from './vacancy-index.calculator.js';

/**
 * Everyone who might take the vacancy among the organisations that see it (the worker's people
 * index: PeopleIndexLoader.reach), best bound first, each with an upper bound of the pair's score
 * (the taxonomy points exact: directedRanking, read to its end): the reverse query of the vacancy
 * index (a new or changed vacancy reaches these people's lists).
 */
export async function peopleInReach(
  people: PeopleIndexLoader,
  vacancy: IndexedVacancy,
  context: MatchContext,
): Promise<BoundedId[]> {
  const rows = await people.reach(vacancy.profile, context);
  return directedRanking(VACANCY_TO_CANDIDATES, vacancy.profile, rows, context).take(rows.length);
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
