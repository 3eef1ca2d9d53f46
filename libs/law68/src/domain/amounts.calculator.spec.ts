import {
  computeExemptionContribution,
  computeLateProspettoSanction,
  computeUncoveredSanction,
  hiringDeadline,
} from './amounts.calculator.js';
import { Law68InputError } from './law68-input.error.js';
import { DEFAULT_LAW68_PARAMETERS, type Law68Parameters } from './law68-parameters.js';

function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof Law68InputError) return error.issues.map((issue) => issue.field);
    throw error;
  }
  throw new Error('no Law68InputError was thrown');
}

describe('art. 15 c.4 sanction per uncovered position', () => {
  it.each([
    // [date, cents for 2 positions × 10 working days, hand computation]
    ['2022-03-01', 392100], // € 196,05 × 2 × 10 = € 3.921,00
    ['2022-01-01', 392100], // the new amount applies from its first day
    ['2021-12-31', 306400], // € 153,20 × 20 = € 3.064,00
    ['2016-10-08', 306400], // € 153,20 from D.Lgs. 185/2016
    ['2015-06-30', 125540], // € 62,77 × 20 = € 1.255,40
  ])('on %s costs %i cents', (date, cents) => {
    expect(computeUncoveredSanction({ uncoveredPositions: 2, workingDays: 10, date }).cents).toBe(
      cents,
    );
  });

  it('shows the daily amount and its source in the working', () => {
    const [step] = computeUncoveredSanction({
      uncoveredPositions: 1,
      workingDays: 1,
      date: '2023-05-02',
    }).working;
    expect(step).toMatchObject({ article: 'art. 15 c.4 L. 68/1999', value: '€ 196,05' });
    expect(step?.description).toContain('DM 30/09/2021 n. 194');
  });

  it('refuses a date the parameter table does not cover, naming the field', () => {
    expect(
      issuesOf(() =>
        computeUncoveredSanction({ uncoveredPositions: 1, workingDays: 1, date: '2011-12-31' }),
      ),
    ).toEqual(['date']);
  });

  it('refuses negative or fractional days', () => {
    expect(
      issuesOf(() =>
        computeUncoveredSanction({ uncoveredPositions: 1, workingDays: -1, date: '2023-01-02' }),
      ),
    ).toEqual(['workingDays']);
    expect(
      issuesOf(() =>
        computeUncoveredSanction({ uncoveredPositions: 1.5, workingDays: 1, date: '2023-01-02' }),
      ),
    ).toEqual(['uncoveredPositions']);
  });

  it('uses a parameter table passed by the caller', () => {
    const revalued: Law68Parameters = {
      ...DEFAULT_LAW68_PARAMETERS,
      uncoveredSanctionCents: [
        ...DEFAULT_LAW68_PARAMETERS.uncoveredSanctionCents,
        { from: '2027-01-01', value: 20000, source: 'decreto di rivalutazione (esempio)' },
      ],
    };
    // € 200,00 × 1 × 3 = € 600,00.
    expect(
      computeUncoveredSanction(
        { uncoveredPositions: 1, workingDays: 3, date: '2027-02-01' },
        revalued,
      ).cents,
    ).toBe(60000);
  });
});

describe('exemption contribution (art. 5 c.3 and c.3-bis)', () => {
  it('charges € 39,21 per position per working day from 2022 and € 30,64 before', () => {
    const input = { authorisedPositions: 3, selfCertifiedPositions: 1, workingDays: 20 };
    // 2022: 3921 × 3 × 20 = 235.260 + 3921 × 1 × 20 = 78.420 → 313.680 cents.
    expect(computeExemptionContribution({ ...input, date: '2022-06-30' }).cents).toBe(313680);
    // 2021: 3064 × 4 × 20 = 245.120 cents.
    expect(computeExemptionContribution({ ...input, date: '2021-06-30' }).cents).toBe(245120);
  });

  it('flags the c.3-bis amount as still to be verified', () => {
    const { working } = computeExemptionContribution({
      authorisedPositions: 0,
      selfCertifiedPositions: 1,
      workingDays: 1,
      date: '2023-01-02',
    });
    expect(working).toHaveLength(1);
    expect(working[0]?.description).toContain('da verificare');
  });
});

describe('late prospetto (art. 15 c.1)', () => {
  it('costs € 702,43 + € 34,02 per day from 2022: one day is € 736,45', () => {
    expect(computeLateProspettoSanction({ delayDays: 1, dueDate: '2022-01-31' }).cents).toBe(73645);
  });

  it('uses the old amounts for a deadline in 2021', () => {
    // € 635,11 + € 30,76 × 10 = € 942,71.
    expect(computeLateProspettoSanction({ delayDays: 10, dueDate: '2021-01-31' }).cents).toBe(
      94271,
    );
  });

  it('costs nothing when the prospetto was on time', () => {
    expect(computeLateProspettoSanction({ delayDays: 0, dueDate: '2022-01-31' }).cents).toBe(0);
  });
});

describe('dates', () => {
  it('gives 60 days to request the hire (art. 9 c.1), the obligation day first, as ANPAL counts', () => {
    // 1 January 2024 is day 1: 31 days in January, 29 in February (leap year), the 60th is 29 February.
    expect(hiringDeadline('2024-01-01')).toBe('2024-02-29');
    expect(hiringDeadline('2024-01-01', 'OBLIGATION_DAY')).toBe('2024-02-29');
    expect(hiringDeadline('2023-01-01')).toBe('2023-03-01');
  });

  it('ends the term a day later in the civil-law count (the first day not counted)', () => {
    expect(hiringDeadline('2024-01-01', 'DAY_AFTER_OBLIGATION')).toBe('2024-03-01');
    expect(hiringDeadline('2023-01-01', 'DAY_AFTER_OBLIGATION')).toBe('2023-03-02');
  });
});
