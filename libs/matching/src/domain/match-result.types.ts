import type { Taxonomy } from '#libs/taxonomy';
import type { IsoDate } from '#libs/kernel';
import type { ConstraintCode } from './hard-constraints.rules.js';
import type { MatchFactorCode, MatchWeights } from './match-weights.rules.js';

export type { ConstraintCode } from './hard-constraints.rules.js';

/** One hard constraint, passed or failed, in words a tutor reads. */
export interface ConstraintResult {
  code: ConstraintCode;
  label: string;
  passed: boolean;
  detail: string;
  /** Passed, but the tutor should check it with the company or the person (flexible hours, permit renewal). */
  toVerify: boolean;
}

/** One ranking factor: `points` out of `max`, where `max` is the factor's weight. */
export interface MatchFactor {
  code: MatchFactorCode;
  label: string;
  points: number;
  max: number;
  detail: string;
}

export interface MatchContext {
  /** The day matching runs; vacancies that already started are checked as if starting today. */
  today: IsoDate;
  taxonomy: Taxonomy;
  /** Replaces some weights of DEFAULT_MATCH_WEIGHTS; the result must still sum to 100. */
  weights?: Partial<MatchWeights>;
}

interface PairEvaluationBase {
  candidateId: string;
  vacancyId: string;
  /** One Italian sentence: proposable with its score, or which constraints fail. */
  summary: string;
  /** Every constraint, in the fixed order of HARD_CONSTRAINTS. */
  constraints: ConstraintResult[];
}

export interface PossiblePair extends PairEvaluationBase {
  possible: true;
  /** 0-100, the sum of the factors' points. */
  score: number;
  factors: MatchFactor[];
}

export interface ImpossiblePair extends PairEvaluationBase {
  possible: false;
  score?: undefined;
  factors?: undefined;
}

export type PairEvaluation = PossiblePair | ImpossiblePair;
