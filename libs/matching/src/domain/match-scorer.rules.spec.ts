import { evaluatePair } from './match-explanation.rules.js';
import type { CandidateMatchProfile, VacancyMatchProfile } from './match-profiles.types.js';
import type { PairEvaluation } from './match-result.types.js';
import {
  DEFAULT_MATCH_WEIGHTS,
  MATCH_FACTOR_CODES,
  type MatchWeights,
} from './match-weights.rules.js';
import {
  aCandidate,
  aContext,
  aVacancy,
  MILAN_DUOMO,
  pointNorthOf,
  pointsOf,
  TODAY,
} from './testing/match.fixtures.js';

function score(
  candidate: Partial<CandidateMatchProfile> = {},
  vacancy: Partial<VacancyMatchProfile> = {},
  weights?: Partial<MatchWeights>,
): PairEvaluation {
  const evaluation = evaluatePair(aCandidate(candidate), aVacancy(vacancy), aContext({ weights }));
  expect(evaluation.possible).toBe(true);
  return evaluation;
}

const atKm = (km: number) => ({ site: pointNorthOf(MILAN_DUOMO, km) });

describe('scorePair', () => {
  it('returns every factor with Italian label and detail, and a score equal to their sum', () => {
    const evaluation = score();
    expect(evaluation.factors?.map((factor) => factor.code)).toEqual([...MATCH_FACTOR_CODES]);
    for (const factor of evaluation.factors ?? []) {
      expect(factor.max).toBe(DEFAULT_MATCH_WEIGHTS[factor.code]);
      expect(factor.points).toBeGreaterThanOrEqual(0);
      expect(factor.points).toBeLessThanOrEqual(factor.max);
      expect(factor.label).not.toBe('');
      expect(factor.detail).not.toBe('');
    }
    const sum = (evaluation.factors ?? []).reduce((total, factor) => total + factor.points, 0);
    expect(evaluation.score).toBeCloseTo(sum, 10);
    expect(evaluation.summary).toMatch(/^Proponibile, punteggio \d+(,\d+)? su 100$/);
  });

  it('reaches 100 for a pair that is ideal on every factor', () => {
    const evaluation = score(
      { italianLevel: 'C1', occupations: [{ code: 'aiuto cuoco', months: 12 }] },
      {
        site: MILAN_DUOMO,
        kmZero: true,
        publishedAt: TODAY,
        recentProposals: 0,
        minItalianLevel: 'A2',
      },
    );
    expect(evaluation.score).toBe(100);
  });

  it('uses the weights given in the context', () => {
    const evaluation = score({}, { kmZero: true, ...atKm(1) }, { DISTANCE: 10, KM_ZERO: 20 });
    expect(pointsOf(evaluation, 'KM_ZERO')).toBe(20);
  });

  describe('km zero', () => {
    it('gives the bonus to a km-zero vacancy within 2 km, not to one beyond', () => {
      expect(pointsOf(score({}, { kmZero: true, ...atKm(1.9) }), 'KM_ZERO')).toBe(10);
      const beyond = score({}, { kmZero: true, ...atKm(2.5) });
      expect(pointsOf(beyond, 'KM_ZERO')).toBe(0);
      expect(beyond.factors?.find((factor) => factor.code === 'KM_ZERO')?.detail).toBe(
        'Offerta a km zero, ma a 2,5 km da casa (oltre 2 km)',
      );
      expect(pointsOf(score({}, { kmZero: false, ...atKm(0.5) }), 'KM_ZERO')).toBe(0);
    });

    it('ranks a km-zero vacancy at 1.9 km above a plain vacancy at 0.5 km', () => {
      const kmZero = score({}, { kmZero: true, ...atKm(1.9) });
      const nearer = score({}, { kmZero: false, ...atKm(0.5) });
      expect(kmZero.score).toBeGreaterThan(nearer.score ?? Infinity);
    });

    it('uses the candidate’s own km-zero radius', () => {
      const walker = { kmZeroRadiusKm: 0.5 };
      expect(pointsOf(score(walker, { kmZero: true, ...atKm(1) }), 'KM_ZERO')).toBe(0);
      expect(pointsOf(score(walker, { kmZero: true, ...atKm(0.4) }), 'KM_ZERO')).toBe(10);
    });
  });

  it('scores a higher Italian level a little higher, never by more than its weight', () => {
    const atMinimum = score({ italianLevel: 'A2' }, { minItalianLevel: 'A2' });
    const above = score({ italianLevel: 'B2' }, { minItalianLevel: 'A2' });
    expect(pointsOf(atMinimum, 'LANGUAGE_MARGIN')).toBe(0);
    expect(above.score).toBeGreaterThan(atMinimum.score ?? Infinity);
    expect((above.score ?? 0) - (atMinimum.score ?? 0)).toBeLessThanOrEqual(
      DEFAULT_MATCH_WEIGHTS.LANGUAGE_MARGIN,
    );
  });

  describe('occupation and skills', () => {
    const careVacancy = { occupationCode: '5.5.2.3.0', requiredSkills: [] };

    it('counts experience written as a synonym as the same occupation', () => {
      const badante = score({ occupations: [{ code: 'badante', months: 12 }] }, careVacancy);
      expect(pointsOf(badante, 'OCCUPATION')).toBe(DEFAULT_MATCH_WEIGHTS.OCCUPATION);
    });

    it('counts the same occupation more than one of the same group, and that more than none', () => {
      const same = score({ occupations: [{ code: 'aiuto cuoco', months: 24 }] });
      const group = score({ occupations: [{ code: 'cuoco', months: 24 }] });
      const none = score({ occupations: [{ code: 'bracciante', months: 24 }] });
      expect(pointsOf(same, 'OCCUPATION')).toBeGreaterThan(pointsOf(group, 'OCCUPATION'));
      expect(pointsOf(group, 'OCCUPATION')).toBeGreaterThan(pointsOf(none, 'OCCUPATION'));
      expect(pointsOf(none, 'OCCUPATION')).toBe(0);
    });

    it('counts longer experience more, up to 12 months', () => {
      const points = [1, 6, 12, 36].map((months) =>
        pointsOf(score({ occupations: [{ code: 'aiuto cuoco', months }] }), 'OCCUPATION'),
      );
      expect(points[0]).toBeLessThan(points[1]);
      expect(points[1]).toBeLessThan(points[2]);
      expect(points[2]).toBe(points[3]);
    });

    it('matches skills by synonym and says which are missing', () => {
      const vacancy = { requiredSkills: ['HACCP', 'Primo soccorso'] };
      const half = score({ skills: ['attestato haccp'] }, vacancy);
      expect(pointsOf(half, 'SKILLS')).toBe(DEFAULT_MATCH_WEIGHTS.SKILLS / 2);
      expect(half.factors?.find((factor) => factor.code === 'SKILLS')?.detail).toBe(
        'Ha 1 delle 2 competenze richieste: manca Primo soccorso',
      );
      expect(
        pointsOf(score({ skills: ['HACCP', 'corso primo soccorso'] }, vacancy), 'SKILLS'),
      ).toBe(15);
    });
  });

  describe('preferences', () => {
    it('puts a preferred occupation above no preference, and no preference above another one', () => {
      const preferred = score({ preferredOccupations: ['aiuto cuoca'] });
      const none = score({ preferredOccupations: [] });
      const other = score({ preferredOccupations: ['cassiera'] });
      expect(pointsOf(preferred, 'PREFERRED_OCCUPATION')).toBe(8);
      expect(pointsOf(none, 'PREFERRED_OCCUPATION')).toBe(4);
      expect(pointsOf(other, 'PREFERRED_OCCUPATION')).toBe(0);
    });

    it('counts badante as a preference for an assistente familiare vacancy', () => {
      const evaluation = score(
        { preferredOccupations: ['badante'] },
        { occupationCode: '5.5.2.3.0' },
      );
      expect(pointsOf(evaluation, 'PREFERRED_OCCUPATION')).toBe(8);
    });

    it('rewards the preferred contract type', () => {
      expect(pointsOf(score({ preferredContractTypes: ['A.02.00'] }), 'PREFERRED_CONTRACT')).toBe(
        4,
      );
      expect(pointsOf(score({ preferredContractTypes: [] }), 'PREFERRED_CONTRACT')).toBe(2);
      expect(pointsOf(score({ preferredContractTypes: ['A.01.00'] }), 'PREFERRED_CONTRACT')).toBe(
        0,
      );
    });
  });

  it('scores newer vacancies and less proposed vacancies higher', () => {
    const fresh = score({}, { publishedAt: '2025-08-31' });
    const old = score({}, { publishedAt: '2025-07-01' });
    expect(fresh.score).toBeGreaterThan(old.score ?? Infinity);
    const untouched = score({}, { recentProposals: 0 });
    const crowded = score({}, { recentProposals: 30 });
    expect(untouched.score).toBeGreaterThan(crowded.score ?? Infinity);
  });

  it('gives no score to a pair that fails a constraint', () => {
    const evaluation = evaluatePair(aCandidate({ italianLevel: 'A1' }), aVacancy(), aContext());
    expect(evaluation.possible).toBe(false);
    expect(evaluation.score).toBeUndefined();
    expect(evaluation.factors).toBeUndefined();
    expect(evaluation.summary).toBe('Non proponibile, vincolo non rispettato: Livello di italiano');
  });
});
