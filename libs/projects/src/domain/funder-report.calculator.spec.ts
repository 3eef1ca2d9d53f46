import { countFunderReport, recordsOfCell } from './funder-report.calculator.js';
import type { PersonFact, ReportFacts } from './report-facts.types.js';
import { suppressFigures } from './report-suppression.rules.js';

const person = (id: string, overrides: Partial<PersonFact> = {}): PersonFact => ({
  candidateId: id,
  gender: 'F',
  birthDate: '1990-01-01',
  targetGroups: [],
  municipalityCode: '015146',
  municipalityName: 'Milano',
  district: null,
  erased: false,
  inCharge: true,
  personalPlanOn: null,
  ...overrides,
});

function facts(people: PersonFact[], overrides: Partial<ReportFacts> = {}): ReportFacts {
  return {
    from: '2026-01-01',
    to: '2026-12-31',
    people,
    placements: [],
    softOutcomes: [],
    courses: [],
    scouting: [],
    network: [],
    bulletins: [],
    ...overrides,
  };
}

const figure = (figures: ReturnType<typeof suppressFigures>, code: string) =>
  figures.find((candidate) => candidate.code === code)!;
const cells = (shown: ReturnType<typeof suppressFigures>, code: string, dimension: string) =>
  Object.fromEntries(
    figure(shown, code)
      .breakdowns.find((breakdown) => breakdown.dimension === dimension)!
      .cells.map((cell) => [cell.value, cell.count]),
  );

describe('funder report figures', () => {
  const women = Array.from({ length: 7 }, (_, i) => person(`f${i}`));
  const men = Array.from({ length: 2 }, (_, i) => person(`m${i}`, { gender: 'M' }));
  const unknown = [person('x', { gender: null, erased: true })];

  it('counts people, with a place in each breakdown, and the target beside', () => {
    const counted = countFunderReport(facts([...women, ...men, ...unknown]), {
      PEOPLE_IN_CHARGE: 20,
    });
    const inCharge = counted.find((candidate) => candidate.code === 'PEOPLE_IN_CHARGE')!;
    expect(inCharge.value).toBe(10);
    expect(inCharge.target).toBe(20);
    const sex = inCharge.breakdowns.find((breakdown) => breakdown.dimension === 'SEX')!;
    expect(sex.cells.map((cell) => [cell.value, cell.count])).toEqual([
      ['F', 7],
      ['M', 2],
      ['NOT_STATED', 1],
    ]);
    expect(
      recordsOfCell(inCharge, { dimension: 'SEX', value: 'M' }).map((r) => r.recordId),
    ).toEqual(['m0', 'm1']);
  });

  it('counts a person placed twice once among the people placed, twice among the placements', () => {
    const placement = (id: string, startDate: string) => ({
      placementId: id,
      candidateId: 'f0',
      contractType: 'A.02.00',
      startDate,
      endDate: null,
      kmZero: false,
      countsTowardL68: false,
      atecoCode: '56.10',
      companyId: 'c',
    });
    const counted = countFunderReport(
      facts(women, { placements: [placement('a', '2026-02-01'), placement('b', '2026-06-01')] }),
      {},
    );
    const value = (code: string) => counted.find((candidate) => candidate.code === code)!.value;
    expect(value('PLACEMENTS_STARTED')).toBe(2);
    expect(value('PEOPLE_PLACED')).toBe(1);
  });

  it('hides small cells outside the organisation, and enough others that none is had by difference', () => {
    const shown = suppressFigures(
      countFunderReport(facts([...women, ...men, ...unknown]), {}),
      'EXTERNAL',
      5,
    );
    expect(figure(shown, 'PEOPLE_IN_CHARGE').value).toBe(10);
    // Two men and one unknown are hidden; so are the women, or 10 − 7 would give the three.
    expect(cells(shown, 'PEOPLE_IN_CHARGE', 'SEX')).toEqual({ F: null, M: null, NOT_STATED: null });
    // Seven women of ten: the three others would be had by difference.
    expect(figure(shown, 'WOMEN_IN_CHARGE')).toEqual(
      expect.objectContaining({ value: null, share: null, suppressed: true }),
    );
    const inside = suppressFigures(
      countFunderReport(facts([...women, ...men, ...unknown]), {}),
      'INTERNAL',
      5,
    );
    expect(cells(inside, 'PEOPLE_IN_CHARGE', 'SEX')).toEqual({ F: 7, M: 2, NOT_STATED: 1 });
    expect(figure(inside, 'WOMEN_IN_CHARGE').share).toBe(70);
  });

  it('shows special-category groups only as counts of at least the threshold, even inside', () => {
    const people = [
      ...Array.from({ length: 5 }, (_, i) => person(`a${i}`, { targetGroups: ['ASYLUM'] })),
      person('j', { targetGroups: ['CRIMINAL_JUSTICE'] }),
      person('p', { targetGroups: ['PARENT'] }),
    ];
    const inside = suppressFigures(countFunderReport(facts(people), {}), 'INTERNAL', 5);
    expect(cells(inside, 'PEOPLE_IN_CHARGE', 'TARGET_GROUP')).toEqual({
      ASYLUM: 5,
      CRIMINAL_JUSTICE: null,
      PARENT: 1,
    });
  });
});
