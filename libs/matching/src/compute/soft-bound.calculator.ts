import type { CandidateMatchProfile, VacancyMatchProfile } from '../domain/match-profiles.types.js';
import type { MatchContext } from '../domain/match-result.types.js';
import { resolveWeights } from '../domain/match-weights.rules.js';
import {
  occupationShare,
  preferredOccupationShare,
  skillsShare,
} from '../domain/occupation-fit.rules.js';
import type { PairFacts } from '../domain/pair-facts.rules.js';

export type SoftCandidate = Pick<
  CandidateMatchProfile,
  'occupations' | 'skills' | 'preferredOccupations'
>;
export type SoftVacancy = Pick<
  VacancyMatchProfile,
  'occupationCode' | 'occupationText' | 'requiredSkills'
>;

/**
 * The points of the factors that need the taxonomy (occupation, skills, preferred occupation), from
 * the share functions the core's factors use, without building their words: the pre-ranking asks this
 * of every pre-filtered pair. The SQL bound counts these factors at full weight (softMaximum);
 * replacing that with their exact points makes the bound tight, so the core evaluates the hard
 * constraints of little more than the top N.
 */
export function softPointsFor(
  context: MatchContext,
): (candidate: SoftCandidate, vacancy: SoftVacancy) => number {
  const weights = resolveWeights(context.weights);
  return (candidate, vacancy) => {
    const facts = { candidate, vacancy, context } as unknown as PairFacts;
    return (
      weights.OCCUPATION * occupationShare(facts) +
      weights.SKILLS * skillsShare(facts) +
      weights.PREFERRED_OCCUPATION * preferredOccupationShare(facts)
    );
  };
}

/** What the SQL bound counted for these factors. */
export function softMaximum(context: MatchContext): number {
  const weights = resolveWeights(context.weights);
  return weights.OCCUPATION + weights.SKILLS + weights.PREFERRED_OCCUPATION;
}

export function softVacancy(row: {
  occupation_code: string | null;
  occupation_text: string | null;
  required_skills: Array<{ code: string | null; text: string | null }>;
}): SoftVacancy {
  return {
    occupationCode: row.occupation_code ?? row.occupation_text ?? '',
    occupationText: row.occupation_text ?? undefined,
    requiredSkills: row.required_skills.flatMap((skill) => {
      const term = skill.code ?? skill.text;
      return term ? [term] : [];
    }),
  };
}

/** Best bound first, then id, the order topMatches expects. */
export function byBound(
  a: { id: string; bound: number },
  b: { id: string; bound: number },
): number {
  return b.bound - a.bound || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
