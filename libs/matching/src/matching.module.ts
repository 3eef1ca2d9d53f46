import { Module } from '@nestjs/common';
import { CandidateCaseReader } from '#libs/candidates';
import { FairShareChanges } from './changes/fair-share-changes.participant.js';
import { MatchingChanges } from './changes/matching-changes.participant.js';
import { MatchingTaxonomy } from './compute/matching-context.loader.js';
import { MatchingQueue } from './jobs/matching-jobs.writer.js';
import { ExplainMatchUseCase } from './use-cases/explain-match.use-case.js';
import { FindMatchesForCandidate } from './use-cases/find-matches-for-candidate.use-case.js';
import { FindMatchesForVacancy } from './use-cases/find-matches-for-vacancy.use-case.js';
import { ListCandidateMatchesUseCase } from './use-cases/list-candidate-matches.use-case.js';
import { ListVacancyMatchesUseCase } from './use-cases/list-vacancy-matches.use-case.js';
import { RecomputeMatchesUseCase } from './use-cases/recompute-matches.use-case.js';
import { RerankFairShareUseCase } from './use-cases/rerank-fair-share.use-case.js';
import { PushVacancyToPeopleUseCase } from './use-cases/push-vacancy-to-people.use-case.js';
import { RefreshCandidateListsUseCase } from './use-cases/refresh-candidate-lists.use-case.js';
import { PeopleIndexLoader } from './compute/people-index.loader.js';
import { VacancyIndexLoader } from './compute/vacancy-index.loader.js';
import { NewMatchCountsReader } from './store/new-match-counts.reader.js';
import { SweepMatchesUseCase } from './use-cases/sweep-matches.use-case.js';

const providers = [
  MatchingTaxonomy,
  MatchingQueue,
  MatchingChanges,
  FairShareChanges,
  RerankFairShareUseCase,
  FindMatchesForCandidate,
  FindMatchesForVacancy,
  RecomputeMatchesUseCase,
  RefreshCandidateListsUseCase,
  PushVacancyToPeopleUseCase,
  VacancyIndexLoader,
  PeopleIndexLoader,
  SweepMatchesUseCase,
  ListCandidateMatchesUseCase,
  ListVacancyMatchesUseCase,
  ExplainMatchUseCase,
  NewMatchCountsReader,
];

/**
 * Matching for the API (stored lists, explanations, the change hook) and the worker (recomputation,
 * sweeps). Needs the database and the queues (QueueModule) of the application that imports it.
 */
@Module({ providers: [...providers, CandidateCaseReader], exports: providers })
export class MatchingModule {}
