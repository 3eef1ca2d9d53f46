import { CEFR_LABELS, cefrMargin, CONTRACT_TYPES } from '#libs/kernel';
import { daysBetween } from '#libs/kernel';
import { FACTOR_PHRASES } from './match-phrases.rules.js';
import type { MatchFactor } from './match-result.types.js';
import type { VacancyMatchProfile } from './match-profiles.types.js';
import {
  distanceShare,
  fairShare,
  languageMarginShare,
  MATCH_CURVES,
  MATCH_FACTOR_CODES,
  MATCH_FACTOR_LABELS,
  recencyShare,
  resolveWeights,
  type MatchFactorCode,
} from './match-weights.rules.js';
import {
  occupationFit,
  preferredOccupationFit,
  skillsFit,
  type FactorOutcome,
} from './occupation-fit.rules.js';
import type { PairFacts } from './pair-facts.rules.js';

function distanceFit({ distanceKm }: PairFacts): FactorOutcome {
  return { share: distanceShare(distanceKm), detail: FACTOR_PHRASES.distance(distanceKm) };
}

/** The km-zero bonus: a vacancy flagged km zero that is really within the person's neighbourhood. */
function kmZeroFit({ candidate, vacancy, distanceKm }: PairFacts): FactorOutcome {
  const radius = candidate.kmZeroRadiusKm ?? MATCH_CURVES.kmZeroRadiusKm;
  if (!vacancy.kmZero) return { share: 0, detail: FACTOR_PHRASES.notKmZero };
  if (distanceKm <= radius) return { share: 1, detail: FACTOR_PHRASES.kmZero(radius) };
  return { share: 0, detail: FACTOR_PHRASES.kmZeroTooFar(distanceKm, radius) };
}

function languageMarginFit({ candidate, vacancy }: PairFacts): FactorOutcome {
  const margin = cefrMargin(candidate.italianLevel, vacancy.minItalianLevel);
  const minimum = CEFR_LABELS[vacancy.minItalianLevel];
  const detail =
    margin <= 0
      ? FACTOR_PHRASES.languageAtMinimum(minimum)
      : FACTOR_PHRASES.languageAbove(margin, CEFR_LABELS[candidate.italianLevel], minimum);
  return { share: languageMarginShare(margin), detail };
}

function preferredContractFit({ candidate, vacancy }: PairFacts): FactorOutcome {
  const contract = CONTRACT_TYPES[vacancy.contractType];
  if (candidate.preferredContractTypes.length === 0) {
    return { share: MATCH_CURVES.noPreferenceShare, detail: FACTOR_PHRASES.noPreferredContract };
  }
  return candidate.preferredContractTypes.includes(vacancy.contractType)
    ? { share: 1, detail: FACTOR_PHRASES.preferredContract(contract) }
    : { share: 0, detail: FACTOR_PHRASES.otherContract(contract) };
}

function recencyFit({ vacancy, context }: PairFacts): FactorOutcome {
  const days = Math.max(0, daysBetween(vacancy.publishedAt, context.today));
  return { share: recencyShare(days), detail: FACTOR_PHRASES.published(days) };
}

/**
 * Fewer points the more other people the vacancy was already proposed to, so proposals spread out.
 * The person's own proposal does not count: proposing someone must not push the vacancy down their
 * own list.
 */
function fairShareFit({ candidate, vacancy }: PairFacts): FactorOutcome {
  const others = proposalsToOthers(vacancy, candidate.id);
  const detail = others === 0 ? FACTOR_PHRASES.notYetProposed : FACTOR_PHRASES.proposedTo(others);
  return { share: fairShare(others), detail };
}

/** The vacancy's recent proposals in play, the person's own left out. */
export function proposalsToOthers(
  vacancy: Pick<VacancyMatchProfile, 'recentProposals' | 'recentlyProposedTo'>,
  candidateId: string,
): number {
  const own = vacancy.recentlyProposedTo.includes(candidateId) ? 1 : 0;
  return Math.max(0, vacancy.recentProposals - own);
}

const FACTORS: Readonly<Record<MatchFactorCode, (facts: PairFacts) => FactorOutcome>> = {
  OCCUPATION: occupationFit,
  SKILLS: skillsFit,
  DISTANCE: distanceFit,
  KM_ZERO: kmZeroFit,
  LANGUAGE_MARGIN: languageMarginFit,
  PREFERRED_OCCUPATION: preferredOccupationFit,
  PREFERRED_CONTRACT: preferredContractFit,
  RECENCY: recencyFit,
  FAIR_SHARE: fairShareFit,
};

/** Hundredths: fine enough that one more km or one more skill always shows, stable across runs. */
const round2 = (value: number): number => Math.round(value * 100) / 100;

/**
 * Every factor with its points, and the score as their sum, so the explanation a tutor reads adds up
 * to the score exactly.
 */
export function scorePair(facts: PairFacts): { score: number; factors: MatchFactor[] } {
  const weights = resolveWeights(facts.context.weights);
  const factors = MATCH_FACTOR_CODES.map((code): MatchFactor => {
    const { share, detail } = FACTORS[code](facts);
    const max = weights[code];
    return { code, label: MATCH_FACTOR_LABELS[code], points: round2(share * max), max, detail };
  });
  return { score: round2(factors.reduce((sum, factor) => sum + factor.points, 0)), factors };
}
