import type { SoftOutcomeEntity } from './entities/soft-outcome.entity.js';
import { SOFT_OUTCOME_KINDS, SOFT_OUTCOME_LEVELS } from './soft-outcome.types.js';

export type SoftOutcomeView = SoftOutcomeEntity & { kindLabel: string; levelLabel: string | null };

export function toSoftOutcomeView(outcome: SoftOutcomeEntity): SoftOutcomeView {
  return {
    ...outcome,
    kindLabel: SOFT_OUTCOME_KINDS[outcome.kind],
    levelLabel: outcome.level ? SOFT_OUTCOME_LEVELS[outcome.level] : null,
  };
}
