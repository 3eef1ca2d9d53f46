import type { ConstraintResult } from './match-result.types.js';

/** What a constraint check returns; the code and label come from the constraint table. */
export type CheckOutcome = Pick<ConstraintResult, 'passed' | 'detail' | 'toVerify'>;

export function pass(detail: string, toVerify = false): CheckOutcome {
  return { passed: true, detail, toVerify };
}

export function fail(detail: string): CheckOutcome {
  return { passed: false, detail, toVerify: false };
}
