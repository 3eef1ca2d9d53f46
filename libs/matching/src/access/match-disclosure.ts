import type { ConstraintCode, ConstraintResult } from '../domain/match-result.js';
import type { StoredExplanation } from '../store/stored-matches.writer.js';

/**
 * Constraints whose details come from a special-category situation (Law 68 registration, a court's
 * or a protection plan's area, health limitations). Someone not on the case (a consultant, another
 * tutor) learns that the constraint holds, not why.
 */
const SENSITIVE_CONSTRAINTS: ReadonlySet<ConstraintCode> = new Set([
  'L68_RESERVATION',
  'ALLOWED_AREA',
  'TASK_LIMITATIONS',
]);

const WITHHELD_PASSED =
  'Requisito verificato: il dettaglio è visibile solo ai tutor della persona e ai coordinatori';
const WITHHELD_FAILED =
  'Requisito non rispettato: il dettaglio è visibile solo ai tutor della persona e ai coordinatori';

export function redactConstraints(
  constraints: readonly ConstraintResult[],
  disclose: boolean,
): ConstraintResult[] {
  if (disclose) return [...constraints];
  return constraints.map((constraint) =>
    SENSITIVE_CONSTRAINTS.has(constraint.code)
      ? { ...constraint, detail: constraint.passed ? WITHHELD_PASSED : WITHHELD_FAILED }
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
