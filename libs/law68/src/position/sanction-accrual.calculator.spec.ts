import { estimateAccruedSanction } from './sanction-accrual.calculator.js';

/** € 196,05 a working day for each uncovered position since 1/1/2022 (art. 15 c.4). */
const DAILY = 19605;

describe('estimateAccruedSanction: when the daily sanction starts', () => {
  // Obligation on Thursday 8 January 2026: day 60 is Sunday 8 March as ANPAL counts (the obligation
  // day is the first), Monday 9 March in the civil-law count.
  const timeline = {
    obligationDate: '2026-01-08',
    asOf: '2026-03-31',
    changeDates: [],
    positionsOn: () => 1,
  };

  it('starts the day after the term the public administration counts (ANPAL), by default', () => {
    const estimate = estimateAccruedSanction(timeline);
    expect(estimate.since).toBe('2026-03-09');
    // Monday 9 to Tuesday 31 March: 17 working days.
    expect(estimate.cents).toBe(17 * DAILY);
    expect(estimate.working[0].description).toContain('ANPAL');
    expect(estimate.working[0].description).toContain('08/03/2026');
  });

  it('starts a day later with the civil-law count, kept as a named policy', () => {
    const estimate = estimateAccruedSanction({
      ...timeline,
      hiringTermStart: 'DAY_AFTER_OBLIGATION',
    });
    expect(estimate.since).toBe('2026-03-10');
    expect(estimate.cents).toBe(16 * DAILY);
  });
});
