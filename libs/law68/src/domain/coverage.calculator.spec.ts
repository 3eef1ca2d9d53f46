import { computeCoverage, type CoverageInput } from './coverage.calculator.js';
import { DEFAULT_LAW68_PARAMETERS } from './law68-parameters.js';
import { DEFAULT_LAW68_POLICIES, type Law68Policies } from './law68-policies.js';

function coverage(
  workforce: CoverageInput['workforce'],
  options: Partial<Omit<CoverageInput, 'workforce'>> = {},
  policies: Partial<Law68Policies> = {},
) {
  return computeCoverage(
    { workforce, q3: 10, band: 'A', referenceDate: '2024-12-31', ...options },
    DEFAULT_LAW68_PARAMETERS,
    { ...DEFAULT_LAW68_POLICIES, ...policies },
  );
}

const partTime = (count: number, weeklyHours: number, disabilityPercent?: number) => ({
  count,
  weeklyHours,
  fullTimeHours: 40,
  disabilityPercent,
});

describe('coverage by disabled employees (§1.3, §1.4)', () => {
  it('counts full-timers one each', () => {
    expect(coverage({ disabledEmployees: [{ count: 3 }] }).coverage).toBe(3);
  });

  it('counts a part-timer above half time as 1', () => {
    // 21/40 = 0,525 > 0,50 → 1 each; 2 workers → 2.
    expect(coverage({ disabledEmployees: [partTime(2, 21)] }).coverage).toBe(2);
  });

  it('counts a part-timer at exactly half time as 0,5, so one alone covers nothing', () => {
    // 20/40 = 0,50 is not above one half: exact fraction 0,5. One: R(0,5) = 0; two: R(1,0) = 1.
    expect(coverage({ disabledEmployees: [partTime(1, 20)] }).coverage).toBe(0);
    expect(coverage({ disabledEmployees: [partTime(2, 20)] }).coverage).toBe(1);
  });

  it('follows the policy for part-timers up to half time', () => {
    // EXACT_FRACTION: 5 × 10/40 = 1,25 → 1. HALF_UNIT: 5 × 0,5 = 2,5 → 2.
    const workers = { disabledEmployees: [partTime(5, 10)] };
    expect(coverage(workers).coverage).toBe(1);
    expect(coverage(workers, {}, { disabledPartTimeUpToHalf: 'HALF_UNIT' }).coverage).toBe(2);
  });

  it('counts 1 in band C a part-timer with more than 50% disability, whatever the hours', () => {
    // Band C, 10/40 hours, 67% disability → 1 each: 2. The same in band A: 2 × 0,25 = 0,5 → 0.
    const workers = { disabledEmployees: [partTime(2, 10, 67)] };
    expect(coverage(workers, { band: 'C', q3: 1 }).coverage).toBe(2);
    expect(coverage(workers, { band: 'A' }).coverage).toBe(0);
    // 50% is not "more than 50%": 2 × 0,25 → 0 also in band C.
    expect(coverage({ disabledEmployees: [partTime(2, 10, 50)] }, { band: 'C' }).coverage).toBe(0);
  });

  it('rounds the whole coverage once: 1 + 2 × 0,4 = 1,8 → 2', () => {
    expect(coverage({ disabledEmployees: [{ count: 1 }, partTime(2, 16)] }).coverage).toBe(2);
  });
});

describe('disabled agency workers (D.Lgs. 81/2015 art. 34 c.3)', () => {
  it('counts missions of 12 months or more only', () => {
    expect(coverage({ agencyDisabledWorkers: [{ count: 2, missionMonths: 12 }] }).coverage).toBe(2);
    expect(coverage({ agencyDisabledWorkers: [{ count: 2, missionMonths: 11 }] }).coverage).toBe(0);
  });
});

describe('art. 12-bis conventions', () => {
  const placements = (count: number, to?: string) => ({
    conventions: [{ type: 'ART_12_BIS' as const, count, from: '2024-01-01', to }],
  });

  it('caps them at 10% of the quota until 30/12/2025', () => {
    // 10% × 10 = 1,0 → 1: of 3 placed, 1 counts.
    expect(coverage(placements(3), { referenceDate: '2025-12-30' }).coverage).toBe(1);
  });

  it('caps them at 60% of the quota from 31/12/2025', () => {
    // 60% × 10 = 6 → all 3 count; with 8 placed, 6 count.
    expect(coverage(placements(3), { referenceDate: '2025-12-31' }).coverage).toBe(3);
    expect(coverage(placements(8), { referenceDate: '2025-12-31' }).coverage).toBe(6);
  });

  it('rounds the cap by the chosen policy', () => {
    // 10% × 15 = 1,5: legal R() → 1; half-up → 2.
    const at = { referenceDate: '2025-06-30', q3: 15 };
    expect(coverage(placements(3), at).coverage).toBe(1);
    expect(coverage(placements(3), at, { art12BisCapRounding: 'HALF_UP' }).coverage).toBe(2);
  });

  it('does not count them below 51 computable employees', () => {
    expect(coverage(placements(1), { band: 'B', q3: 2 }).coverage).toBe(0);
  });

  it('does not count a convention that ended before the reference date', () => {
    expect(coverage(placements(2, '2024-06-30'), { referenceDate: '2025-12-31' }).coverage).toBe(0);
  });
});

describe('art. 14 D.Lgs. 276/2003 conventions', () => {
  it('counts placements within the framework maximum', () => {
    const conventions = [
      { type: 'ART_14' as const, count: 3, from: '2024-01-01', frameworkMaxPositions: 1 },
    ];
    expect(coverage({ conventions }).coverage).toBe(1);
  });
});

describe('working', () => {
  it('names the policy that decided a part-timer', () => {
    const steps = coverage({ disabledEmployees: [partTime(1, 16)] }).working;
    expect(steps[0]?.description).toContain('EXACT_FRACTION');
    expect(steps[0]?.value).toBe('0,4');
  });
});
