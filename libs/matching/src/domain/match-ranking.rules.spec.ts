import { pairTieKey } from './pair-order.rules.js';
import { rankCandidates, rankVacancies } from './match-ranking.rules.js';
import {
  aCandidate,
  aContext,
  aVacancy,
  MILAN_DUOMO,
  pointNorthOf,
} from './testing/match.fixtures.js';

const context = aContext();
const ids = (pairs: { vacancyId: string }[]) => pairs.map((pair) => pair.vacancyId);
const candidateIds = (pairs: { candidateId: string }[]) => pairs.map((pair) => pair.candidateId);

describe('rankVacancies', () => {
  it('ranks the nearer of two otherwise equal vacancies first', () => {
    const far = aVacancy({ id: 'a-far', site: pointNorthOf(MILAN_DUOMO, 5) });
    const near = aVacancy({ id: 'b-near', site: pointNorthOf(MILAN_DUOMO, 4.5) });
    expect(ids(rankVacancies(aCandidate(), [far, near], context, 10))).toEqual(['b-near', 'a-far']);
  });

  it('ranks the vacancy the candidate has more of the required skills for first', () => {
    const candidate = aCandidate({ skills: ['attestato haccp', 'lavasciuga'] });
    const partial = aVacancy({ id: 'a-partial', requiredSkills: ['HACCP', 'FIRST_AID'] });
    const full = aVacancy({ id: 'b-full', requiredSkills: ['HACCP', 'CLEANING_MACHINES'] });
    expect(ids(rankVacancies(candidate, [partial, full], context, 10))).toEqual([
      'b-full',
      'a-partial',
    ]);
  });

  it('leaves out impossible pairs and keeps at most `limit` results', () => {
    const evening = aVacancy({ id: 'evening', shifts: [{ day: 2, start: '17:00', end: '21:00' }] });
    const vacancies = [
      evening,
      aVacancy({ id: 'v-1' }),
      aVacancy({ id: 'v-2' }),
      aVacancy({ id: 'v-3' }),
    ];
    const all = ids(rankVacancies(aCandidate(), vacancies, context, 10));
    expect([...all].sort()).toEqual(['v-1', 'v-2', 'v-3']);
    expect(ids(rankVacancies(aCandidate(), vacancies, context, 2))).toEqual(all.slice(0, 2));
    expect(rankVacancies(aCandidate(), vacancies, context, 0)).toEqual([]);
    expect(() => rankVacancies(aCandidate(), vacancies, context, -1)).toThrow(RangeError);
  });

  it('spreads proposals: a vacancy proposed to many people drops below an equal fresh one', () => {
    const crowded = aVacancy({ id: 'a-crowded', recentProposals: 25 });
    const fresh = aVacancy({ id: 'b-fresh', recentProposals: 0 });
    expect(ids(rankVacancies(aCandidate(), [crowded, fresh], context, 10))).toEqual([
      'b-fresh',
      'a-crowded',
    ]);
  });

  it('returns the same order whatever the input order, breaking ties by the pair tie key', () => {
    const vacancies = ['v-c', 'v-a', 'v-d', 'v-b'].map((id) => aVacancy({ id }));
    const better = aVacancy({ id: 'v-z', recentProposals: 0 });
    const forward = rankVacancies(aCandidate(), [...vacancies, better], context, 10);
    const backward = rankVacancies(aCandidate(), [better, ...vacancies].reverse(), context, 10);
    const tied = ['v-a', 'v-b', 'v-c', 'v-d'].sort((a, b) =>
      pairTieKey('c-1', a) < pairTieKey('c-1', b) ? -1 : 1,
    );
    expect(ids(forward)).toEqual(['v-z', ...tied]);
    expect(backward).toEqual(forward);
  });

  it('spreads equivalent vacancies over equivalent people: none tops more than its fair share', () => {
    const vacancies = Array.from({ length: 4 }, (_, i) => aVacancy({ id: `vacancy-${i}` }));
    const people = Array.from({ length: 200 }, (_, i) => aCandidate({ id: `person-${i}` }));
    const tops = new Map<string, number>();
    for (const person of people) {
      const [top] = rankVacancies(person, vacancies, context, 1);
      tops.set(top.vacancyId, (tops.get(top.vacancyId) ?? 0) + 1);
    }
    // Each of the 4 vacancies tops about 50 of the 200 lists: never all of them, nor twice its share.
    expect(tops.size).toBe(4);
    for (const count of tops.values()) {
      expect(count).toBeGreaterThan(25);
      expect(count).toBeLessThanOrEqual(75);
    }
  });
});

describe('rankCandidates', () => {
  const vacancy = aVacancy({ occupationCode: '5.5.2.3.0', requiredSkills: [] });

  it('ranks the candidate living nearer first, all else equal', () => {
    const far = aCandidate({ id: 'a-far', home: pointNorthOf(MILAN_DUOMO, -6) });
    const near = aCandidate({ id: 'b-near', home: pointNorthOf(MILAN_DUOMO, 1) });
    expect(candidateIds(rankCandidates(vacancy, [far, near], context, 10))).toEqual([
      'b-near',
      'a-far',
    ]);
  });

  it('counts experience as badante as a fit for an assistente familiare vacancy', () => {
    const badante = aCandidate({ id: 'b-badante', occupations: [{ code: 'badante', months: 12 }] });
    const farmhand = aCandidate({
      id: 'a-bracciante',
      occupations: [{ code: 'bracciante', months: 12 }],
    });
    const ranked = rankCandidates(vacancy, [farmhand, badante], context, 10);
    expect(candidateIds(ranked)).toEqual(['b-badante', 'a-bracciante']);
  });

  it('ranks the candidate with the better skill fit first, all else equal', () => {
    const withSkills = aVacancy({ requiredSkills: ['HACCP', 'FIRST_AID'] });
    const one = aCandidate({ id: 'a-one', skills: ['HACCP'] });
    const both = aCandidate({ id: 'b-both', skills: ['HACCP', 'primo soccorso'] });
    expect(candidateIds(rankCandidates(withSkills, [one, both], context, 10))).toEqual([
      'b-both',
      'a-one',
    ]);
  });

  it('never proposes a vacancy to someone failing a hard constraint', () => {
    const minor = aCandidate({ id: 'minor', birthDate: '2010-01-01' });
    const adultsOnly = aVacancy({ adultsOnly: true });
    expect(
      rankCandidates(adultsOnly, [minor, aCandidate({ id: 'adult' })], context, 10),
    ).toHaveLength(1);
  });
});
