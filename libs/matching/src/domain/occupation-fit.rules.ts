import type { OccupationAffinity } from '#libs/taxonomy';
import { flattenBrackets, occupationInSentence } from './italian-text.rules.js';
import { FACTOR_PHRASES } from './match-phrases.rules.js';
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
  if (affinity.relation === 'SAME_GROUP') return FACTOR_PHRASES.sameGroup(affinity.sharedGroup!);
  return affinity.relation === 'RELATED'
    ? FACTOR_PHRASES.relatedOccupation
    : FACTOR_PHRASES.sameOccupation;
}

/** The occupation as a sentence writes it: in the vocabulary's case, brackets flattened. */
function occupationName(facts: PairFacts, term: string): string {
  const { taxonomy } = facts.context;
  const known = taxonomy.occupationCode(term) !== null;
  return flattenBrackets(occupationInSentence(taxonomy.occupationLabel(term), known));
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
  if (!best) return { share: 0, detail: FACTOR_PHRASES.noExperience };
  const { experience, affinity, share } = best;
  const name = occupationName(facts, experience.code);
  return {
    share,
    detail: FACTOR_PHRASES.experience(name, experience.months, describeAffinity(affinity)),
  };
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
  if (required.length === 0) return { share: 1, detail: FACTOR_PHRASES.noSkillsRequired };
  const missing = missingSkills(facts);
  const labels = missing.map((skill) => flattenBrackets(taxonomy.skillLabel(skill)));
  const covered = required.length - missing.length;
  const share = covered / required.length;
  if (missing.length === 0) return { share, detail: FACTOR_PHRASES.allSkills(required.length) };
  if (covered === 0) return { share, detail: FACTOR_PHRASES.noSkills(labels) };
  return { share, detail: FACTOR_PHRASES.someSkills(covered, required.length, labels) };
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
    return { share: MATCH_CURVES.noPreferenceShare, detail: FACTOR_PHRASES.noPreferredOccupation };
  }
  const name = occupationName(facts, closest.term);
  const share = preferenceShare(closest.closeness);
  if (closest.closeness === 1) return { share, detail: FACTOR_PHRASES.preferredOccupation(name) };
  if (closest.closeness > 0) return { share, detail: FACTOR_PHRASES.nearPreferredOccupation(name) };
  return { share, detail: FACTOR_PHRASES.notPreferredOccupation };
}
