// Public face of the matching domain. domain/ is pure (no Nest, no I/O); the Nest side (pre-filter
// queries, stored matches, jobs, use cases) sits next to it and is exported below.
export * from './domain/calendar-date.js';
export { drivableCategories, missingLicences } from './domain/driving-licences.js';
export { CONSTRAINT_LABELS } from './domain/hard-constraints.js';
export { evaluatePair, explainPair } from './domain/match-explanation.js';
export * from './domain/match-profiles.js';
export { rankCandidates, rankVacancies } from './domain/match-ranking.js';
export * from './domain/match-result.js';
export * from './domain/match-weights.js';
export { ADULT_AGE } from './domain/pair-facts.js';
export * from './domain/schedule-fit.js';

export * from './access/match-disclosure.js';
export * from './bench/matching.bench.js';
export * from './changes/matching-changes.js';
export { MatchingTaxonomy } from './compute/matching-context.js';
export * from './jobs/matching.jobs.js';
export * from './jobs/matching-jobs.writer.js';
export * from './matching.error.js';
export * from './matching.module.js';
export { MatchProfilesReader } from './store/match-profiles.reader.js';
export type { StoredMatchQuery } from './store/stored-match-filters.js';
export type { MatchSubjectType, StoredExplanation } from './store/stored-matches.writer.js';
export type { MatchFilters } from './store/prefilter-queries.js';
export * from './use-cases/explain-match.use-case.js';
export * from './use-cases/find-matches-for-candidate.use-case.js';
export * from './use-cases/find-matches-for-vacancy.use-case.js';
export * from './use-cases/list-candidate-matches.use-case.js';
export * from './use-cases/list-vacancy-matches.use-case.js';
export * from './use-cases/recompute-matches.use-case.js';
export * from './use-cases/sweep-matches.use-case.js';
