import { evaluateHardConstraints } from './hard-constraints.rules.js';
import { SUMMARY_PHRASES } from './match-phrases.rules.js';
import type { CandidateMatchProfile, VacancyMatchProfile } from './match-profiles.types.js';
import type { ConstraintResult, MatchContext, PairEvaluation } from './match-result.types.js';
import { scorePair } from './match-scorer.rules.js';
import { pairFacts } from './pair-facts.rules.js';

const labelsOf = (constraints: readonly ConstraintResult[]): string[] =>
  constraints.map((constraint) => constraint.label);

function impossibleSummary(failed: readonly ConstraintResult[]): string {
  return SUMMARY_PHRASES.impossible(labelsOf(failed));
}

function possibleSummary(score: number, constraints: readonly ConstraintResult[]): string {
  return SUMMARY_PHRASES.possible(score, labelsOf(constraints.filter((c) => c.toVerify)));
}

/**
 * Decides whether the pair may be proposed and, if so, scores it. Every hard constraint is listed,
 * passed or failed, so the same result answers "why?" and "why not?" for the tutor.
 */
export function evaluatePair(
  candidate: CandidateMatchProfile,
  vacancy: VacancyMatchProfile,
  context: MatchContext,
): PairEvaluation {
  const facts = pairFacts(candidate, vacancy, context);
  const constraints = evaluateHardConstraints(facts);
  const ids = { candidateId: candidate.id, vacancyId: vacancy.id };
  const failed = constraints.filter((constraint) => !constraint.passed);
  if (failed.length > 0) {
    return { ...ids, possible: false, summary: impossibleSummary(failed), constraints };
  }
  const { score, factors } = scorePair(facts);
  return {
    ...ids,
    possible: true,
    summary: possibleSummary(score, constraints),
    constraints,
    score,
    factors,
  };
}

/** The "why / why not?" view of a pair: the same evaluation, named for the tutor's question. */
export function explainPair(
  candidate: CandidateMatchProfile,
  vacancy: VacancyMatchProfile,
  context: MatchContext,
): PairEvaluation {
  return evaluatePair(candidate, vacancy, context);
}
