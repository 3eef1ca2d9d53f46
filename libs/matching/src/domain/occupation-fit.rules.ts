import type { OccupationAffinity } from '#libs/taxonomy';
import { joinItalian, plural } from './italian-text.rules.js';
import { experienceShare, MATCH_CURVES } from './match-weights.rules.js';
import type { PairFacts } from './pair-facts.rules.js';

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

interface BestExperience {
  share: number;
  experience: PairFacts['candidate']['occupations'][number];
  affinity: OccupationAffinity;
}

/** The experience worth most for the vacancy (the first of equals), or null when none is worth a point. */
function bestExperience(facts: PairFacts): BestExperience | null {
  let best: BestExperience | null = null;
  for (const experience of facts.candidate.occupations) {
    const affinity = affinityToVacancy(facts, experience.code);
    const share = affinity.closeness * experienceShare(experience.months);
    if (share === 0 || (best && share <= best.share)) continue;
    best = { share, experience, affinity };
  }
  return best;
}

/** The share of occupationFit without its words: what the matching pre-ranking needs per pair. */
export function occupationShare(facts: PairFacts): number {
  return bestExperience(facts)?.share ?? 0;
}

/** Experience in the vacancy's occupation or a close one, longer experience counting more. */
export function occupationFit(facts: PairFacts): FactorOutcome {
  const best = bestExperience(facts);
  if (!best) return { share: 0, detail: 'Nessuna esperienza nella mansione o in mansioni vicine' };
  const { experience, affinity, share } = best;
  const length =
    experience.months === undefined
      ? 'durata non indicata'
      : plural(experience.months, 'mese', 'mesi');
  const label = facts.context.taxonomy.occupationLabel(experience.code);
  return { share, detail: `Esperienza come ${label} (${length}): ${describeAffinity(affinity)}` };
}

function missingSkills({ candidate, vacancy, context }: PairFacts): string[] {
  return vacancy.requiredSkills.filter(
    (skill) => !candidate.skills.some((held) => context.taxonomy.sameSkill(held, skill)),
  );
}

/** The share of skillsFit without its words. */
export function skillsShare(facts: PairFacts): number {
  const required = facts.vacancy.requiredSkills.length;
  return required === 0 ? 1 : (required - missingSkills(facts).length) / required;
}

/** Required skills the candidate has, matched by code, label or synonym rather than exact text. */
export function skillsFit(facts: PairFacts): FactorOutcome {
  const { taxonomy } = facts.context;
  const required = facts.vacancy.requiredSkills;
  if (required.length === 0) return { share: 1, detail: 'Nessuna competenza specifica richiesta' };
  const missing = missingSkills(facts);
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

/** The preferred occupation closest to the vacancy (the first of equals), or null without any. */
function closestPreference(facts: PairFacts): { term: string; closeness: number } | null {
  let closest: { term: string; closeness: number } | null = null;
  for (const term of facts.candidate.preferredOccupations) {
    const { closeness } = affinityToVacancy(facts, term);
    if (!closest || closeness > closest.closeness) closest = { term, closeness };
  }
  return closest;
}

const preferenceShare = (closeness: number): number =>
  closeness === 1
    ? 1
    : closeness > 0
      ? MATCH_CURVES.noPreferenceShare + (1 - MATCH_CURVES.noPreferenceShare) * closeness
      : 0;

/** The share of preferredOccupationFit without its words. */
export function preferredOccupationShare(facts: PairFacts): number {
  const closest = closestPreference(facts);
  return closest ? preferenceShare(closest.closeness) : MATCH_CURVES.noPreferenceShare;
}

/**
 * The vacancy among the occupations the person wants. A close one earns more than no stated
 * preference, an unrelated one less.
 */
export function preferredOccupationFit(facts: PairFacts): FactorOutcome {
  const closest = closestPreference(facts);
  if (!closest) {
    return { share: MATCH_CURVES.noPreferenceShare, detail: 'Nessuna mansione preferita indicata' };
  }
  const label = facts.context.taxonomy.occupationLabel(closest.term);
  const share = preferenceShare(closest.closeness);
  if (closest.closeness === 1) return { share, detail: `Tra le mansioni preferite (${label})` };
  if (closest.closeness > 0) return { share, detail: `Vicina a una mansione preferita (${label})` };
  return { share, detail: 'Non è tra le mansioni preferite' };
}
