import type { CandidateMatchProfile, VacancyMatchProfile } from '../core/match-profiles.js';
import type { MatchContext } from '../core/match-result.js';
import { resolveWeights } from '../core/match-weights.js';
import { occupationFit, preferredOccupationFit, skillsFit } from '../core/occupation-fit.js';
import type { PairFacts } from '../core/pair-facts.js';

export type SoftCandidate = Pick<
  CandidateMatchProfile,
  'occupations' | 'skills' | 'preferredOccupations'
>;
export type SoftVacancy = Pick<
  VacancyMatchProfile,
  'occupationCode' | 'occupationText' | 'requiredSkills'
>;

/**
 * The points of the factors that need the taxonomy (occupation, skills, preferred occupation),
 * computed by the core's own factor functions from the few fields they read. The SQL bound counts
 * them at full weight; replacing that with these exact points makes the bound tight, so the core
 * evaluates the hard constraints of little more than the top N.
 */
export function softPoints(
  candidate: SoftCandidate,
  vacancy: SoftVacancy,
  context: MatchContext,
): number {
  const weights = resolveWeights(context.weights);
  const facts = { candidate, vacancy, context } as unknown as PairFacts;
  return (
    weights.OCCUPATION * occupationFit(facts).share +
    weights.SKILLS * skillsFit(facts).share +
    weights.PREFERRED_OCCUPATION * preferredOccupationFit(facts).share
  );
}

/** What the SQL bound counted for these factors. */
export function softMaximum(context: MatchContext): number {
  const weights = resolveWeights(context.weights);
  return weights.OCCUPATION + weights.SKILLS + weights.PREFERRED_OCCUPATION;
}

export function softCandidate(row: {
  experiences: Array<{ occupationCode: string | null; occupationText: string; months?: number }>;
  preferred_occupations: string[];
  skills: Array<{ code: string | null; label: string }>;
}): SoftCandidate {
  return {
    occupations: row.experiences.map((e) => ({
      code: e.occupationCode ?? e.occupationText,
      months: e.months,
    })),
    preferredOccupations: row.preferred_occupations,
    skills: row.skills.map((skill) => skill.code ?? skill.label),
  };
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
