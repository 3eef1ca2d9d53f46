import { SENSITIVE_CONSTRAINTS } from '../domain/hard-constraints.rules.js';
import { WITHHELD_PHRASES } from '../domain/match-phrases.rules.js';
import type { ConstraintResult } from '../domain/match-result.types.js';
import type { StoredExplanation } from '../store/stored-matches.writer.js';

/**
 * The constraints the table marks `sensitive` (Law 68 registration, a court's or a protection plan's
 * area, health limitations): someone not on the case (a consultant, another tutor) learns that the
 * constraint holds, not why.
 */
export function redactConstraints(
  constraints: readonly ConstraintResult[],
  disclose: boolean,
): ConstraintResult[] {
  if (disclose) return [...constraints];
  return constraints.map((constraint) =>
    SENSITIVE_CONSTRAINTS.has(constraint.code)
      ? {
          ...constraint,
          detail: constraint.passed ? WITHHELD_PHRASES.passed : WITHHELD_PHRASES.failed,
        }
      : constraint,
  );
}

export function redactExplanation(
  explanation: StoredExplanation,
  disclose: boolean,
): StoredExplanation {
  return { ...explanation, constraints: redactConstraints(explanation.constraints, disclose) };
}

/**
 * A pair with a vacancy reserved under Law 68 says, by existing, that the person is registered in the
 * collocamento mirato: only readers on the case see it.
 */
export function mayShowPair(disclose: boolean, reservedL68: string | null): boolean {
  return disclose || reservedL68 === null;
}
