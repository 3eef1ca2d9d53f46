import { evaluatePair } from './match-explanation.rules.js';
import type { CandidateMatchProfile, VacancyMatchProfile } from './match-profiles.types.js';
import type { MatchContext, PossiblePair } from './match-result.types.js';
import { comparePairs } from './pair-order.rules.js';

function assertLimit(limit: number): void {
  if (!Number.isInteger(limit) || limit < 0) {
    throw new RangeError(`limit must be a non-negative integer, got ${limit}`);
  }
}

function best(pairs: readonly PossiblePair[], limit: number): PossiblePair[] {
  return [...pairs].sort(comparePairs).slice(0, limit);
}

/**
 * The vacancies a candidate may be proposed for, best first; impossible pairs are left out (ask
 * explainPair why). Equal scores are ordered by the pair's tie key (pair-order.rules.ts), so the
 * input order never matters and equivalent people do not all get the same vacancy on top.
 */
export function rankVacancies(
  candidate: CandidateMatchProfile,
  vacancies: readonly VacancyMatchProfile[],
  context: MatchContext,
  limit: number,
): PossiblePair[] {
  assertLimit(limit);
  const possible = vacancies
    .map((vacancy) => evaluatePair(candidate, vacancy, context))
    .filter((pair): pair is PossiblePair => pair.possible);
  return best(possible, limit);
}

/** The candidates a vacancy may be proposed to, best first, equal scores by the pair's tie key. */
export function rankCandidates(
  vacancy: VacancyMatchProfile,
  candidates: readonly CandidateMatchProfile[],
  context: MatchContext,
  limit: number,
): PossiblePair[] {
  assertLimit(limit);
  const possible = candidates
    .map((candidate) => evaluatePair(candidate, vacancy, context))
    .filter((pair): pair is PossiblePair => pair.possible);
  return best(possible, limit);
}
