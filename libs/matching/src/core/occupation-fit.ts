import type { OccupationAffinity } from '../taxonomy/taxonomy.js';
import { joinItalian, plural } from './italian-text.js';
import { experienceShare, MATCH_CURVES } from './match-weights.js';
import type { PairFacts } from './pair-facts.js';

/** A factor before weighting: the share (0-1) of its weight it earns, and why. */
export interface FactorOutcome {
  share: number;
  detail: string;
}

function vacancyTerms({ vacancy }: PairFacts): string[] {
  return [vacancy.occupationCode, vacancy.occupationText ?? ''].filter(
    (term) => term.trim() !== '',
  );
}

const NO_AFFINITY: OccupationAffinity = { relation: 'UNRELATED', closeness: 0, sharedGroup: null };

/** The closest the term gets to the vacancy's occupation, through its code or its free text. */
function affinityToVacancy(facts: PairFacts, term: string): OccupationAffinity {
  const { taxonomy } = facts.context;
  return vacancyTerms(facts)
    .map((vacancyTerm) => taxonomy.occupationAffinity(term, vacancyTerm))
    .reduce((best, next) => (next.closeness > best.closeness ? next : best), NO_AFFINITY);
}

function describeAffinity(affinity: OccupationAffinity): string {
  if (affinity.relation === 'SAME_GROUP') {
    return `mansione dello stesso gruppo ISTAT (${affinity.sharedGroup})`;
  }
  return affinity.relation === 'RELATED' ? 'mansione affine' : 'stessa mansione';
}

/** Experience in the vacancy's occupation or a close one, longer experience counting more. */
export function occupationFit(facts: PairFacts): FactorOutcome {
  const { taxonomy } = facts.context;
  let best: { share: number; detail: string } | null = null;
  for (const experience of facts.candidate.occupations) {
    const affinity = affinityToVacancy(facts, experience.code);
    const share = affinity.closeness * experienceShare(experience.months);
    if (share === 0 || (best && share <= best.share)) continue;
    const length =
      experience.months === undefined
        ? 'durata non indicata'
        : plural(experience.months, 'mese', 'mesi');
    const label = taxonomy.occupationLabel(experience.code);
    best = { share, detail: `Esperienza come ${label} (${length}): ${describeAffinity(affinity)}` };
  }
  return best ?? { share: 0, detail: 'Nessuna esperienza nella mansione o in mansioni vicine' };
}

/** Required skills the candidate has, matched by code, label or synonym rather than exact text. */
export function skillsFit({ candidate, vacancy, context }: PairFacts): FactorOutcome {
  const { taxonomy } = context;
  const required = vacancy.requiredSkills;
  if (required.length === 0) return { share: 1, detail: 'Nessuna competenza specifica richiesta' };
  const missing = required.filter(
    (skill) => !candidate.skills.some((held) => taxonomy.sameSkill(held, skill)),
  );
  const missingLabels = joinItalian(missing.map((skill) => taxonomy.skillLabel(skill)));
  const lacks = `${missing.length === 1 ? 'manca' : 'mancano'} ${missingLabels}`;
  const covered = required.length - missing.length;
  const share = covered / required.length;
  if (missing.length === 0) {
    return { share, detail: `Ha tutte le competenze richieste (${required.length})` };
  }
  if (covered === 0) return { share, detail: `Nessuna delle competenze richieste: ${lacks}` };
  return { share, detail: `Ha ${covered} delle ${required.length} competenze richieste: ${lacks}` };
}

/**
 * The vacancy among the occupations the person wants. A close one earns more than no stated
 * preference, an unrelated one less.
 */
export function preferredOccupationFit(facts: PairFacts): FactorOutcome {
  const { preferredOccupations } = facts.candidate;
  if (preferredOccupations.length === 0) {
    return { share: MATCH_CURVES.noPreferenceShare, detail: 'Nessuna mansione preferita indicata' };
  }
  const closest = preferredOccupations
    .map((term) => ({ term, affinity: affinityToVacancy(facts, term) }))
    .reduce((best, next) => (next.affinity.closeness > best.affinity.closeness ? next : best));
  const label = facts.context.taxonomy.occupationLabel(closest.term);
  const { closeness } = closest.affinity;
  if (closeness === 1) return { share: 1, detail: `Tra le mansioni preferite (${label})` };
  if (closeness > 0) {
    const share = MATCH_CURVES.noPreferenceShare + (1 - MATCH_CURVES.noPreferenceShare) * closeness;
    return { share, detail: `Vicina a una mansione preferita (${label})` };
  }
  return { share: 0, detail: 'Non è tra le mansioni preferite' };
}
