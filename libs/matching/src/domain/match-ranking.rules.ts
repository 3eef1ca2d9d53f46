import { evaluatePair } from './match-explanation.rules.js';
import type { CandidateMatchProfile, VacancyMatchProfile } from './match-profiles.types.js';
import type { MatchContext, PossiblePair } from './match-result.types.js';

/** Plain code-unit order, not localeCompare: the same ids sort the same on every machine. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function assertLimit(limit: number): void {
  if (!Number.isInteger(limit) || limit < 0) {
    throw new RangeError(`limit must be a non-negative integer, got ${limit}`);
  }
}

function best(
  pairs: readonly PossiblePair[],
  otherId: (pair: PossiblePair) => string,
  limit: number,
): PossiblePair[] {
  return [...pairs]
    .sort((a, b) => b.score - a.score || compareIds(otherId(a), otherId(b)))
    .slice(0, limit);
}

/**
 * The vacancies a candidate may be proposed for, best first; impossible pairs are left out (ask
 * explainPair why). Equal scores are ordered by vacancy id, so the input order never matters.
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
  return best(possible, (pair) => pair.vacancyId, limit);
}

/** The candidates a vacancy may be proposed to, best first, equal scores ordered by candidate id. */
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
  return best(possible, (pair) => pair.candidateId, limit);
}
