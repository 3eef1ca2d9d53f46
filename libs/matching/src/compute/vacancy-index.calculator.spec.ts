import { rankVacancies } from '../domain/match-ranking.rules.js';
import type { VacancyMatchProfile } from '../domain/match-profiles.types.js';
import {
  aCandidate,
  aContext,
  aVacancy,
  MILAN_DUOMO,
  pointNorthOf,
} from '../domain/testing/match.fixtures.js';
import { VacancyIndex } from './vacancy-index.calculator.js';

const context = aContext();
const ORG_A = 'org-a';
const ORG_B = 'org-b';

function put(index: VacancyIndex, profile: VacancyMatchProfile, visibleTo: string[]): void {
  index.upsert({
    profile,
    organisationId: visibleTo[0],
    visibleTo: new Set(visibleTo),
    expiresOn: null,
  });
}

const idsOf = async (index: VacancyIndex, organisation: string) =>
  (await index.topFor(aCandidate(), organisation, context, 50)).pairs.map((pair) => pair.vacancyId);

describe('VacancyIndex slots', () => {
  it('gives a removed vacancy’s slot to the next one without its visibility or its place', async () => {
    const index = new VacancyIndex();
    put(index, aVacancy({ id: 'v-a' }), [ORG_A]);
    put(index, aVacancy({ id: 'v-shared', site: pointNorthOf(MILAN_DUOMO, 1) }), [ORG_A, ORG_B]);
    expect(await idsOf(index, ORG_B)).toEqual(['v-shared']);

    index.remove('v-a');
    // Takes v-a's slot: seen by B only, and far from home (another cell).
    put(index, aVacancy({ id: 'v-b', site: pointNorthOf(MILAN_DUOMO, 12) }), [ORG_B]);
    expect(index.size).toBe(2);
    expect(index.has('v-a')).toBe(false);
    expect(await idsOf(index, ORG_A)).toEqual(['v-shared']);
    expect((await idsOf(index, ORG_B)).sort()).toEqual(['v-b', 'v-shared']);
  });

  it('forgets who saw a vacancy when it is upserted with fewer organisations', async () => {
    const index = new VacancyIndex();
    put(index, aVacancy({ id: 'v-1' }), [ORG_A, ORG_B]);
    put(index, aVacancy({ id: 'v-1' }), [ORG_A]);
    expect(await idsOf(index, ORG_B)).toEqual([]);
    expect(index.get('v-1')!.visibleTo.has(ORG_B)).toBe(false);
  });

  it('keeps every vacancy through growth (of the index and of its scratch arrays) and many removals, ranked as the core ranks them', async () => {
    const index = new VacancyIndex();
    const all: VacancyMatchProfile[] = [];
    for (let i = 0; i < 6000; i++) {
      const profile = aVacancy({
        id: `v-${String(i).padStart(4, '0')}`,
        site: pointNorthOf(MILAN_DUOMO, (i % 40) / 2),
        weeklyHours: 20 + (i % 20),
        publishedAt: `2025-08-${String(1 + (i % 28)).padStart(2, '0')}`,
        recentProposals: i % 3,
        minItalianLevel: i % 7 === 0 ? 'C1' : 'A2',
      });
      put(index, profile, [i % 2 === 0 ? ORG_A : ORG_B]);
      all.push(profile);
    }
    for (let i = 0; i < 6000; i += 3) index.remove(all[i].id);
    const left = all.filter((_, i) => i % 3 !== 0 && i % 2 === 0);
    const indexed = await index.topFor(aCandidate({ maxTravelKm: 12 }), ORG_A, context, 30);
    expect(indexed.pairs.length).toBe(30);
    expect(indexed.pairs).toEqual(
      rankVacancies(aCandidate({ maxTravelKm: 12 }), left, context, 30),
    );
  });

  it('ranks as the core does when loaded many at once in the order of the grid, and after changes', async () => {
    const index = new VacancyIndex();
    // Sites north and east of home at uneven distances, across many grid cells, loaded in an
    // order that is not the grid's.
    const all = Array.from({ length: 3000 }, (_, i) =>
      aVacancy({
        id: `v-${String((i * 7919) % 3000).padStart(4, '0')}`,
        site: {
          lat: pointNorthOf(MILAN_DUOMO, ((i * 37) % 250) / 10).lat,
          lng: MILAN_DUOMO.lng + ((i * 13) % 29) / 100,
        },
        publishedAt: `2025-08-${String(1 + (i % 28)).padStart(2, '0')}`,
        recentProposals: i % 4,
        kmZero: i % 5 === 0,
      }),
    );
    index.upsertMany(
      all.map((profile) => ({
        profile,
        organisationId: ORG_A,
        visibleTo: new Set([ORG_A]),
        expiresOn: null,
      })),
    );
    for (let i = 0; i < 3000; i += 4) index.remove(all[i].id);
    const moved = aVacancy({ id: all[1].id, site: pointNorthOf(MILAN_DUOMO, 0.3) });
    put(index, moved, [ORG_A]);
    const left = [moved, ...all.filter((_, i) => i % 4 !== 0 && i !== 1)];
    const candidate = aCandidate({ maxTravelKm: 18 });
    const indexed = await index.topFor(candidate, ORG_A, context, 40);
    expect(indexed.pairs.length).toBe(40);
    expect(indexed.pairs).toEqual(rankVacancies(candidate, left, context, 40));
    expect(indexed.pairs.map((pair) => pair.vacancyId)).toContain(moved.id);
  });
});
