import { evaluatePair } from '../domain/match-explanation.rules.js';
import { rankCandidates } from '../domain/match-ranking.rules.js';
import type { CandidateMatchProfile, VacancyMatchProfile } from '../domain/match-profiles.types.js';
import {
  aCandidate,
  aContext,
  aVacancy,
  MILAN_DUOMO,
  pointNorthOf,
  timeWindow,
  weekdays,
} from '../domain/testing/match.fixtures.js';
import { VACANCY_TO_CANDIDATES } from './match-direction.rules.js';
import { type IndexedPerson, PeopleIndex } from './people-index.calculator.js';
import { softMaximum, softPointsFor } from './soft-bound.calculator.js';
import { directedRanking, tightBound } from './tight-ranking.calculator.js';
import { topMatches } from './top-matches.calculator.js';

const context = aContext();
const ORG_A = 'org-a';
const ORG_B = 'org-b';

function indexed(profile: CandidateMatchProfile, organisationId: string): IndexedPerson {
  const { occupations, skills, preferredOccupations } = profile;
  return {
    ...profile,
    organisationId,
    soft: JSON.stringify({ occupations, skills, preferredOccupations }),
  };
}

/** A seeded generator (mulberry32): the same people every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** People around Milan who differ in every fact the index tests. */
function somePeople(
  count: number,
  seed: number,
): Array<{ profile: CandidateMatchProfile; organisationId: string }> {
  const next = random(seed);
  const pick = <T>(values: readonly T[]) => values[Math.floor(next() * values.length)];
  return Array.from({ length: count }, (_, i) => {
    const home = {
      lat: MILAN_DUOMO.lat + (next() - 0.5) * 0.6,
      lng: MILAN_DUOMO.lng + (next() - 0.5) * 0.8,
    };
    return {
      organisationId: i % 3 === 0 ? ORG_B : ORG_A,
      profile: aCandidate({
        id: `c-${String(i).padStart(5, '0')}`,
        home,
        maxTravelKm: pick([3, 8, 15, 25, 40]),
        italianLevel: pick(['A1', 'A2', 'B1', 'B2', 'C1'] as const),
        maxWeeklyHours: pick([null, null, 20, 30, 40]),
        availability: pick([
          null,
          weekdays('08:00', '17:00'),
          weekdays('08:00', '12:30'),
          [timeWindow(6, '09:00', '18:00')],
        ]),
        taskLimitations: pick([[], [], ['PROLONGED_STANDING'], ['LIFTING']]),
        drivingLicences: pick([[], ['B'], ['B', 'C']]),
        rightToWork: pick([
          { kind: 'EU_CITIZEN' },
          { kind: 'PERMIT', expiresOn: '2025-09-10' },
          { kind: 'PERMIT', expiresOn: '2026-09-10' },
          { kind: 'PERMIT_RENEWAL' },
        ] as const),
        allowedArea: i % 17 === 0 ? { centre: home, radiusKm: pick([1, 5, 10]) } : null,
        preferredContractTypes: pick([[], ['A.02.00'], ['A.01.00', 'A.03.08']] as const),
        skills: pick([['HACCP'], [], ['HACCP', 'pulizie']]),
        occupations: pick([
          [{ code: '5.2.2.2.1', months: 24 }],
          [{ code: '8.1.4.2.0', months: 3 }],
          [],
        ]),
      }),
    };
  });
}

const vacancies: VacancyMatchProfile[] = [
  aVacancy(),
  aVacancy({
    id: 'v-far',
    site: pointNorthOf(MILAN_DUOMO, 22),
    minItalianLevel: 'B1',
    weeklyHours: 36,
  }),
  aVacancy({ id: 'v-licence', requiredLicences: ['C'], kmZero: true, tasks: [], shifts: [] }),
  aVacancy({
    id: 'v-saturday',
    shifts: [timeWindow(6, '10:00', '16:00')],
    startDate: '2025-10-01',
    recentProposals: 3,
    recentlyProposedTo: ['c-00004', 'c-00010', 'c-x'],
  }),
];

/** The index's rows ranked as computeTopMatches ranks them, the core scoring from the profiles. */
async function indexedTop(
  index: PeopleIndex,
  vacancy: VacancyMatchProfile,
  seeing: string[],
  profiles: Map<string, CandidateMatchProfile>,
  limit: number,
) {
  const rows = index.inReach(vacancy, seeing, context);
  const ranked = directedRanking(VACANCY_TO_CANDIDATES, vacancy, rows, context);
  const { pairs } = await topMatches(ranked, limit, async (ids) =>
    ids.flatMap((id) => {
      const pair = evaluatePair(profiles.get(id)!, vacancy, context);
      return pair.possible ? [pair] : [];
    }),
  );
  return { rows, pairs };
}

describe('PeopleIndex', () => {
  const people = somePeople(3000, 7);
  const profiles = new Map(people.map((p) => [p.profile.id, p.profile]));

  it("keeps every person the core accepts, with a bound at or above the pair's score, and drops the rest it can", () => {
    const index = new PeopleIndex();
    index.upsertMany(people.map((p) => indexed(p.profile, p.organisationId)));
    for (const vacancy of vacancies) {
      const rows = index.inReach(vacancy, [ORG_A, ORG_B], context);
      const bounds = new Map(rows.map((row) => [row.id, row.bound]));
      const accepted = people
        .map((p) => evaluatePair(p.profile, vacancy, context))
        .filter((pair) => pair.possible);
      expect(accepted.length).toBeGreaterThan(20);
      for (const pair of accepted) {
        expect({ id: pair.candidateId, kept: bounds.has(pair.candidateId) }).toEqual({
          id: pair.candidateId,
          kept: true,
        });
        // The tight bound (the taxonomy points exact) too: the ranking relies on it.
        const tight = tightBound(
          bounds.get(pair.candidateId)!,
          softMaximum(context),
          softPointsFor(context)(profiles.get(pair.candidateId)!, vacancy),
        );
        expect(tight).toBeGreaterThanOrEqual(pair.score);
      }
      // The index does the pre-filter's work: most of the rejected never reach the core.
      expect(rows.length).toBeLessThan(accepted.length + (people.length - accepted.length) / 2);
    }
  });

  it("bounds a person's own proposal as the core scores it: it does not count against them", () => {
    const index = new PeopleIndex();
    const site = pointNorthOf(MILAN_DUOMO, 3);
    const mine = aCandidate({ id: 'c-mine', home: site });
    index.upsert(indexed(mine, ORG_A));
    const vacancy = aVacancy({
      site,
      recentProposals: 3,
      recentlyProposedTo: ['c-mine', 'a', 'b'],
    });
    const pair = evaluatePair(mine, vacancy, context);
    if (!pair.possible) throw new Error('the pair must be possible');
    const [row] = index.inReach(vacancy, [ORG_A], context);
    const tight = tightBound(
      row.bound,
      softMaximum(context),
      softPointsFor(context)(mine, vacancy),
    );
    expect(tight).toBeGreaterThanOrEqual(pair.score);
    expect(tight - pair.score).toBeLessThan(0.5);
  });

  it("ranks each vacancy's people as the core does, over the organisations that see it only", async () => {
    const index = new PeopleIndex();
    index.upsertMany(people.map((p) => indexed(p.profile, p.organisationId)));
    for (const vacancy of vacancies) {
      for (const seeing of [[ORG_A], [ORG_A, ORG_B]]) {
        const visible = people
          .filter((p) => seeing.includes(p.organisationId))
          .map((p) => p.profile);
        const { rows, pairs } = await indexedTop(index, vacancy, seeing, profiles, 50);
        expect(pairs).toEqual(rankCandidates(vacancy, visible, context, 50));
        expect(rows.every((row) => seeing.includes(row.organisation_id))).toBe(true);
      }
    }
    expect(index.inReach(vacancies[0], ['org-unknown'], context)).toEqual([]);
  });

  it('follows moves, removals and reused slots, and drops a person without any right to work', async () => {
    const index = new PeopleIndex();
    const near = aCandidate({ id: 'c-near', home: pointNorthOf(MILAN_DUOMO, 1) });
    const other = aCandidate({
      id: 'c-other',
      home: pointNorthOf(MILAN_DUOMO, 2),
      maxTravelKm: 40,
    });
    index.upsert(indexed(near, ORG_A));
    index.upsert(indexed(other, ORG_B));
    const ids = () =>
      index
        .inReach(aVacancy(), [ORG_A, ORG_B], context)
        .map((row) => row.id)
        .sort();
    expect(ids()).toEqual(['c-near', 'c-other']);

    // Moves 60 km away (another cell, out of reach), then back to another organisation.
    index.upsert(indexed({ ...near, home: pointNorthOf(MILAN_DUOMO, 60) }, ORG_A));
    expect(ids()).toEqual(['c-other']);
    index.remove('c-other');
    // Takes c-other's slot: none of its facts may remain (its 40 km range, its organisation).
    const short = aCandidate({
      id: 'c-short',
      home: pointNorthOf(MILAN_DUOMO, 20),
      maxTravelKm: 5,
    });
    index.upsert(indexed(short, ORG_A));
    expect(ids()).toEqual([]);
    index.upsert(indexed({ ...near, home: pointNorthOf(MILAN_DUOMO, 1) }, ORG_B));
    expect(index.inReach(aVacancy(), [ORG_A], context)).toEqual([]);
    expect(ids()).toEqual(['c-near']);
    index.upsert(indexed({ ...near, rightToWork: { kind: 'NONE' } }, ORG_B));
    expect(index.has('c-near')).toBe(false);
    expect(index.size).toBe(1);
  });
});
