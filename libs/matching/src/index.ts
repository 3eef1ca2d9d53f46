// Public face of the matching domain. domain/ is pure (no Nest, no I/O); the Nest side (pre-filter
// queries, stored matches, jobs, use cases) sits next to it and is exported below.
export { drivableCategories, missingLicences } from './domain/driving-licences.rules.js';
export {
  CONSTRAINT_CODES,
  CONSTRAINT_LABELS,
  HARD_CONSTRAINTS,
  type HardConstraintDefinition,
  PREFILTERED_CONSTRAINTS,
  SENSITIVE_CONSTRAINTS,
} from './domain/hard-constraints.rules.js';
export { evaluatePair, explainPair } from './domain/match-explanation.rules.js';
export * from './domain/match-profiles.types.js';
export { rankCandidates, rankVacancies } from './domain/match-ranking.rules.js';
export * from './domain/match-result.types.js';
export * from './domain/match-weights.rules.js';
export { ADULT_AGE } from './domain/pair-facts.rules.js';
export { comparePairs, pairTieKey } from './domain/pair-order.rules.js';
export { pairOrderSql } from './store/pair-order.sql.js';
export * from './domain/schedule-fit.rules.js';

export * from './access/match-disclosure.policy.js';
export * from './bench/matching.bench.js';
export * from './bench/throughput.bench.js';
export * from './changes/fair-share-changes.participant.js';
export * from './changes/matching-changes.participant.js';
export { MatchingTaxonomy } from './compute/matching-context.loader.js';
export { type IndexedVacancy, VacancyIndex } from './compute/vacancy-index.calculator.js';
export {
  INDEX_SYNC_MS,
  VACANCY_VISIBILITY,
  VacancyIndexLoader,
} from './compute/vacancy-index.loader.js';
export { PeopleIndexLoader } from './compute/people-index.loader.js';
export {
  ownOrganisationVisibility,
  type VacancyVisibility,
} from './store/vacancy-visibility.reader.js';
export * from './jobs/matching.jobs.js';
export * from './jobs/matching-jobs.writer.js';
export * from './matching.error.js';
export * from './matching.module.js';
export {
  eraseCandidateMatches,
  exportCandidateMatches,
} from './store/matches-personal-data.repository.js';
export { MatchProfilesReader } from './store/match-profiles.reader.js';
export { FAIR_SHARE_ENDED_STATES } from './store/match-profile-rows.mapper.js';
export { NEW_MATCHES_WINDOW, NewMatchCountsReader } from './store/new-match-counts.reader.js';
export type { StoredMatchQuery } from './store/stored-match-filters.sql.js';
export type { MatchSubjectType, StoredExplanation } from './store/stored-matches.writer.js';
export type { MatchFilters } from './store/prefilter.sql.js';
export * from './use-cases/explain-match.use-case.js';
export * from './use-cases/find-matches-for-candidate.use-case.js';
export * from './use-cases/find-matches-for-vacancy.use-case.js';
export * from './use-cases/list-candidate-matches.use-case.js';
export * from './use-cases/list-vacancy-matches.use-case.js';
export * from './use-cases/recompute-matches.use-case.js';
export * from './use-cases/rerank-fair-share.use-case.js';
export * from './use-cases/refresh-candidate-lists.use-case.js';
export * from './use-cases/push-vacancy-to-people.use-case.js';
export * from './use-cases/sweep-matches.use-case.js';
