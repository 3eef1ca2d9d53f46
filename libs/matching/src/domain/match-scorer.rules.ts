import { CEFR_LABELS, cefrMargin, CONTRACT_TYPES } from '#libs/kernel';
import { daysBetween } from '#libs/kernel';
import { formatKm, plural } from './italian-text.rules.js';
import type { MatchFactor } from './match-result.types.js';
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
  return { share: distanceShare(distanceKm), detail: `Sede a ${formatKm(distanceKm)} da casa` };
}

/** The km-zero bonus: a vacancy flagged km zero that is really within the person's neighbourhood. */
function kmZeroFit({ candidate, vacancy, distanceKm }: PairFacts): FactorOutcome {
  const radius = candidate.kmZeroRadiusKm ?? MATCH_CURVES.kmZeroRadiusKm;
  if (!vacancy.kmZero) return { share: 0, detail: 'Offerta non segnalata come lavoro a km zero' };
  if (distanceKm <= radius) {
    return { share: 1, detail: `Offerta a km zero entro ${formatKm(radius)} da casa` };
  }
  return {
    share: 0,
    detail: `Offerta a km zero, ma a ${formatKm(distanceKm)} da casa (oltre ${formatKm(radius)})`,
  };
}

function languageMarginFit({ candidate, vacancy }: PairFacts): FactorOutcome {
  const margin = cefrMargin(candidate.italianLevel, vacancy.minItalianLevel);
  const levels = `${CEFR_LABELS[candidate.italianLevel]} su ${CEFR_LABELS[vacancy.minItalianLevel]} richiesto`;
  const detail =
    margin <= 0
      ? `Livello pari al minimo richiesto (${CEFR_LABELS[vacancy.minItalianLevel]})`
      : `${margin === 1 ? 'Un livello' : `${margin} livelli`} sopra il minimo (${levels})`;
  return { share: languageMarginShare(margin), detail };
}

function preferredContractFit({ candidate, vacancy }: PairFacts): FactorOutcome {
  const contract = CONTRACT_TYPES[vacancy.contractType];
  if (candidate.preferredContractTypes.length === 0) {
    return {
      share: MATCH_CURVES.noPreferenceShare,
      detail: 'Nessun tipo di contratto preferito indicato',
    };
  }
  return candidate.preferredContractTypes.includes(vacancy.contractType)
    ? { share: 1, detail: `Contratto preferito: ${contract}` }
    : { share: 0, detail: `Contratto non tra i preferiti: ${contract}` };
}

function recencyFit({ vacancy, context }: PairFacts): FactorOutcome {
  const days = Math.max(0, daysBetween(vacancy.publishedAt, context.today));
  const when = days === 0 ? 'oggi' : days === 1 ? 'ieri' : `${days} giorni fa`;
  return { share: recencyShare(days), detail: `Pubblicata ${when}` };
}

/** Fewer points the more people the vacancy was already proposed to, so proposals spread out. */
function fairShareFit({ vacancy }: PairFacts): FactorOutcome {
  const proposals = Math.max(0, vacancy.recentProposals);
  const detail =
    proposals === 0
      ? 'Non ancora proposta ad altre persone'
      : `Già proposta di recente a ${plural(proposals, 'persona', 'persone')}`;
  return { share: fairShare(proposals), detail };
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
