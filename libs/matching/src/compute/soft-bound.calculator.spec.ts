import { evaluatePair } from '../domain/match-explanation.rules.js';
import type { CandidateMatchProfile, VacancyMatchProfile } from '../domain/match-profiles.types.js';
import { aCandidate, aContext, aVacancy } from '../domain/testing/match.fixtures.js';
import { createStarterTaxonomy } from '#libs/taxonomy';
import { MemoTaxonomy } from './memo-taxonomy.loader.js';
import { softMaximum, softPointsFor } from './soft-bound.calculator.js';

const occupations: CandidateMatchProfile['occupations'][] = [
  [],
  [{ code: '5.2.2.2.1', months: 24 }],
  [{ code: 'cuoco', months: 3 }],
  [{ code: 'badante' }, { code: 'aiuto cuoco', months: 1 }],
  [{ code: 'mestiere inventato', months: 40 }],
  [
    { code: '8.1.4.2.0', months: 0 },
    { code: '5.2.2.2.1', months: 0 },
  ],
];
const skills = [[], ['HACCP'], ['attestato haccp', 'corso primo soccorso'], ['saldatura']];
const preferences = [[], ['aiuto cuoco'], ['badante', 'cuoco'], ['giardiniere']];
const vacancies: Partial<VacancyMatchProfile>[] = [
  {},
  { occupationCode: 'badante', requiredSkills: [] },
  { occupationCode: '', occupationText: 'mestiere inventato', requiredSkills: ['saldatura'] },
  { occupationCode: '8.1.4.2.0', requiredSkills: ['HACCP', 'primo soccorso', 'patentino'] },
];

const pointsOf = (codes: string[], pair: ReturnType<typeof evaluatePair>) =>
  (pair.factors ?? [])
    .filter((factor) => codes.includes(factor.code))
    .reduce((sum, factor) => sum + factor.points, 0);

describe('softPointsFor', () => {
  it('gives the points the core gives the occupation, skills and preference factors, pair by pair', () => {
    const context = aContext();
    const soft = softPointsFor(context);
    let pairs = 0;
    for (const occupation of occupations)
      for (const held of skills)
        for (const preferred of preferences)
          for (const vacancyFields of vacancies) {
            const candidate = aCandidate({
              occupations: occupation,
              skills: held,
              preferredOccupations: preferred,
            });
            const vacancy = aVacancy(vacancyFields);
            const pair = evaluatePair(candidate, vacancy, context);
            expect(pair.possible).toBe(true);
            const core = pointsOf(['OCCUPATION', 'SKILLS', 'PREFERRED_OCCUPATION'], pair);
            // The core rounds each factor to hundredths; the bound keeps the exact value.
            expect(Math.abs(soft(candidate, vacancy) - core)).toBeLessThanOrEqual(0.015);
            pairs += 1;
          }
    expect(pairs).toBe(occupations.length * skills.length * preferences.length * vacancies.length);
  });

  it('never exceeds what the SQL bound counts for those factors', () => {
    const context = aContext();
    const perfect = aCandidate({
      occupations: [{ code: '5.2.2.2.1', months: 24 }],
      skills: ['HACCP'],
      preferredOccupations: ['5.2.2.2.1'],
    });
    expect(softPointsFor(context)(perfect, aVacancy())).toBeCloseTo(softMaximum(context), 10);
  });
});

describe('MemoTaxonomy', () => {
  it('answers as the vocabulary does, also after forgetting its answers', () => {
    const inner = createStarterTaxonomy();
    const memo = new MemoTaxonomy(inner, 5);
    const terms = ['badante', 'cuoco', 'aiuto cuoco', '5.2.2.2.1', 'HACCP', 'attestato haccp', 'x'];
    for (let round = 0; round < 300; round++) {
      for (const a of terms) {
        expect(memo.occupationCode(a)).toBe(inner.occupationCode(a));
        expect(memo.skillLabel(a)).toBe(inner.skillLabel(a));
        for (const b of terms) {
          expect(memo.occupationAffinity(a, b)).toEqual(inner.occupationAffinity(a, b));
          expect(memo.sameSkill(a, b)).toBe(inner.sameSkill(a, b));
        }
      }
    }
  });
});
