import { computePositionAmounts, prospettoDueDate } from './position-amounts.calculator.js';

describe('prospettoDueDate', () => {
  it('puts the prospetto deadline on 31 January of the following year', () => {
    expect(prospettoDueDate('2024-12-31')).toBe('2025-01-31');
  });
});

describe('amounts of a position', () => {
  it('adds sanction, contribution and late prospetto', () => {
    const amounts = computePositionAmounts(
      {
        uncoveredDisabled: 1,
        exemptedAuthorised: 2,
        exemptedSelfCertified: 0,
        referenceDate: '2021-12-31',
      },
      {
        date: '2022-02-01',
        uncoveredWorkingDays: 5,
        exemptionWorkingDays: 5,
        prospettoDelayDays: 2,
      },
    );
    // Sanction 19605 × 1 × 5 = 98.025; contribution 3921 × 2 × 5 = 39.210;
    // prospetto due 31/01/2022: 70243 + 3402 × 2 = 77.047. Total 214.282 cents.
    expect(amounts).toMatchObject({
      uncoveredSanctionCents: 98025,
      exemptionContributionCents: 39210,
      lateProspettoSanctionCents: 77047,
      totalCents: 214282,
    });
  });
});
