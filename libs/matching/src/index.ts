// Public face of the matching domain. core/ is pure (no Nest, no I/O); the module, jobs and API
// will sit next to it and import from here like everyone else.
export * from './core/calendar-date.js';
export { drivableCategories, missingLicences } from './core/driving-licences.js';
export { CONSTRAINT_LABELS } from './core/hard-constraints.js';
export { evaluatePair, explainPair } from './core/match-explanation.js';
export * from './core/match-profiles.js';
export { rankCandidates, rankVacancies } from './core/match-ranking.js';
export * from './core/match-result.js';
export * from './core/match-weights.js';
export { ADULT_AGE } from './core/pair-facts.js';
export * from './core/schedule-fit.js';
export * from './taxonomy/in-memory-taxonomy.js';
export * from './taxonomy/starter-production-occupations.js';
export * from './taxonomy/starter-service-occupations.js';
export * from './taxonomy/starter-skills.js';
export * from './taxonomy/starter-tasks.js';
export * from './taxonomy/starter-vocabulary.js';
export * from './taxonomy/taxonomy.js';
export { isIstatCode, normalizeTerm } from './taxonomy/term-normalizer.js';
