import { computePositionAmounts } from './position-amounts.calculator.js';
import { computeLaw68Position } from './law68-position.calculator.js';
import type { Law68Input, ProvinceWorkforce } from './workforce.types.js';

function single(province: Partial<ProvinceWorkforce>, referenceDate = '2024-12-31'): Law68Input {
  return {
    referenceDate,
    registeredOfficeProvince: 'MI',
    provinces: [{ province: 'MI', totalEmployees: 0, ...province }],
  };
}

describe('computeLaw68Position: boundaries of the bands end to end', () => {
  it.each([
    // [employees, B3, Q3, Q18, hand computation]
    [14, 14, 0, 0], // below 15
    [15, 15, 1, 0], // 15-35: 1
    [35, 35, 1, 0],
    [36, 36, 2, 0], // 36-50: 2
    [50, 50, 2, 0],
    [51, 51, 4, 1], // 7% × 51 = 3,57 → 4; 51-150: 1 art. 18
    [150, 150, 10, 1], // 7% × 150 = 10,50 → 10
    [151, 151, 11, 2], // 7% × 151 = 10,57 → 11; 1% × 151 = 1,51 → 2
    [250, 250, 17, 2], // 7% × 250 = 17,50 → 17; 1% × 250 = 2,50 → 2
  ])('%i ordinary employees: B3 %i, Q3 %i, Q18 %i', (totalEmployees, b3, q3, q18) => {
    expect(computeLaw68Position(single({ totalEmployees }))).toMatchObject({
      b3,
      b18: b3,
      q3,
      q18,
      uncoveredDisabled: q3,
      uncoveredArt18: q18,
    });
  });
});

describe('computeLaw68Position: a worked example', () => {
  // 180 employees: 6 disabled full-time and 1 at 20/40; 3 art. 18 workers; 4 executives,
  // 5 apprentices; 10 site workers (art. 5 c.2); 12 part-timers at 20/40.
  const input = single({
    totalEmployees: 180,
    disabledEmployees: [{ count: 6 }, { count: 1, weeklyHours: 20, fullTimeHours: 40 }],
    art18Employees: 3,
    excluded: [
      { category: 'EXECUTIVES', count: 4 },
      { category: 'APPRENTICES', count: 5 },
      { category: 'SECTOR_ART5_C2', count: 10 },
    ],
    partTimers: [{ count: 12, weeklyHours: 20, fullTimeHours: 40 }],
  });
  const position = computeLaw68Position(input);

  it('computes the bases', () => {
    // Art. 18 cap R(1% × 180) = R(1,8) = 2 → min(3, 2) = 2 excluded.
    // Part-timers 12 × 20/40 = 6,0 → 6, so 12 - 6 = 6 leave the base.
    // Common base: 180 - 7 disabled - 2 art. 18 - 9 (executives, apprentices) - 6 = 156.
    // B3 = 156 - 10 site workers = 146; B18 keeps them: 156.
    expect(position).toMatchObject({ b3: 146, b18: 156, band: 'A' });
  });

  it('computes the quotas, the art. 18 one on B18', () => {
    // Q3 = R(7% × 146) = R(10,22) = 10. Q18 = R(1% × 156) = R(1,56) = 2
    // (on B3 = 146 it would have been 1: the site workers stay in the art. 18 base).
    expect(position).toMatchObject({ q3: 10, q18: 2 });
  });

  it('computes coverage and uncovered positions', () => {
    // Coverage 6 + 20/40 = 6,5 → R = 6. Uncovered 10 - 6 = 4. Art. 18: max(0, 2 - 3) = 0.
    expect(position).toMatchObject({
      coverage: 6,
      exempted: 0,
      suspended: 0,
      uncoveredDisabled: 4,
      uncoveredArt18: 0,
    });
  });

  it('carries its working in Italian, each step with its article', () => {
    expect(position.working.length).toBeGreaterThan(8);
    for (const step of position.working) {
      expect(step.article).toMatch(/art\.|D\.Lgs\.|DM|DPR/);
      expect(step.description.length).toBeGreaterThan(10);
      expect(typeof step.value).toBe('string');
    }
    const steps = position.working.map((s) => s.step);
    expect(steps).toEqual(
      expect.arrayContaining([
        'base.art18Cap',
        'base.partTime',
        'base.b3',
        'base.b18',
        'quota.disabled',
        'quota.art18',
        'coverage.total',
        'uncovered.disabled',
      ]),
    );
    expect(position.working.find((s) => s.step === 'base.art18Cap')?.description).toContain(
      'R(1% × 180) = R(1,8) = 2',
    );
  });

  it('is plain data that serialises to JSON', () => {
    expect(() => JSON.stringify(position)).not.toThrow();
    expect(JSON.parse(JSON.stringify(position))).toEqual(position);
  });
});

describe('computeLaw68Position: conventions, exemption and suspension', () => {
  // 200 employees of whom 4 disabled: B3 = B18 = 196. Q3 = R(13,72) = 14; Q18 = R(1,96) = 2.
  const position = computeLaw68Position(
    single(
      {
        totalEmployees: 200,
        disabledEmployees: [{ count: 4 }],
        conventions: [{ type: 'ART_12_BIS', count: 5, from: '2025-01-01' }],
        authorisedExemption: { percent: 20, sector: 'ORDINARY', from: '2025-01-01' },
        suspensions: [{ cause: 'CIGS', suspendedWorkers: 20, from: '2025-10-01' }],
      },
      '2025-12-31',
    ),
  );

  it('applies each within its rule', () => {
    // 12-bis cap from 31/12/2025: R(60% × 14) = R(8,4) = 8 → all 5 count; coverage 4 + 5 = 9.
    // Exemption R(20% × 14) = R(2,8) = 3. Suspension R(14 × 20/196) = R(1,43) = 1.
    // Uncovered: 14 - 9 - 3 - 1 = 1. Art. 18: 2 - 0 = 2.
    expect(position).toMatchObject({
      b3: 196,
      q3: 14,
      q18: 2,
      coverage: 9,
      exemptedAuthorised: 3,
      exempted: 3,
      suspended: 1,
      uncoveredDisabled: 1,
      uncoveredArt18: 2,
    });
  });

  it('prices the uncovered position and the exemption', () => {
    const amounts = computePositionAmounts(position, {
      date: '2026-01-15',
      uncoveredWorkingDays: 10,
      exemptionWorkingDays: 10,
    });
    // Sanction 19605 × 1 × 10 = 196.050; contribution 3921 × 3 × 10 = 117.630 cents.
    expect(amounts).toMatchObject({
      uncoveredSanctionCents: 196050,
      exemptionContributionCents: 117630,
      lateProspettoSanctionCents: 0,
      totalCents: 313680,
    });
  });
});

describe('computeLaw68Position: several provinces', () => {
  // MI (sede legale) 30 employees; BG 10 employees, 1 of them disabled.
  // National B3 = 40 - 1 = 39 → band B, quota 2, all to MI. Coverage: BG 1.
  const provinces = (
    mi: Partial<ProvinceWorkforce> = {},
    bg: Partial<ProvinceWorkforce> = {},
  ): Law68Input => ({
    referenceDate: '2024-12-31',
    registeredOfficeProvince: 'MI',
    provinces: [
      { province: 'MI', totalEmployees: 30, ...mi },
      { province: 'BG', totalEmployees: 10, disabledEmployees: [{ count: 1 }], ...bg },
    ],
  });

  it('assigns a band B quota to the sede legale and nets surpluses nationally by default', () => {
    const position = computeLaw68Position(provinces());
    expect(position).toMatchObject({ b3: 39, band: 'B', q3: 2, coverage: 1 });
    expect(
      position.provinces.map((p) => [p.province, p.q3, p.coverage, p.uncoveredDisabled]),
    ).toEqual([
      ['MI', 2, 0, 2], // MI: 2 - 0 = 2
      ['BG', 0, 1, 0], // BG: max(0, 0 - 1) = 0, a surplus of 1
    ]);
    // NET_NATIONALLY: max(0, 2 - 1) = 1.
    expect(position.uncoveredDisabled).toBe(1);
  });

  it('counts only declared compensations with DECLARED_ONLY', () => {
    const declaredOnly = { policies: { territorialCompensation: 'DECLARED_ONLY' as const } };
    // Without declarations: 2 (MI) + 0 (BG) = 2.
    expect(computeLaw68Position(provinces(), declaredOnly).uncoveredDisabled).toBe(2);
    // BG gives its surplus (E 1), MI receives it (R 1): MI 2 - 0 - 1 = 1; BG 0 - 1 + 1 = 0.
    const compensated = provinces(
      { compensationDisabled: { kind: 'R', positions: 1 } },
      { compensationDisabled: { kind: 'E', positions: 1 } },
    );
    expect(computeLaw68Position(compensated, declaredOnly).uncoveredDisabled).toBe(1);
  });

  it('rounds part-timers once on the national totals unless told to sum provincial bases', () => {
    // Each province: 33 employees, 1 part-timer at 20/40 → alone R(0,5) = 0, base 32.
    const halfTimer = {
      totalEmployees: 33,
      partTimers: [{ count: 1, weeklyHours: 20, fullTimeHours: 40 }],
    };
    const input: Law68Input = {
      referenceDate: '2024-12-31',
      registeredOfficeProvince: 'MI',
      provinces: [
        { province: 'MI', ...halfTimer },
        { province: 'BG', ...halfTimer },
      ],
    };
    // NATIONAL_TOTALS: 66 - (2 - R(1,0)) = 65 → Q3 = R(4,55) = 5.
    // Split: MI R(7% × 32) = R(2,24) = 2, BG 2; the missing 1 goes to MI (sede legale): 3 + 2.
    const national = computeLaw68Position(input);
    expect(national).toMatchObject({ b3: 65, q3: 5 });
    expect(national.provinces.map((p) => p.q3)).toEqual([3, 2]);
    // SUM_OF_PROVINCES: 32 + 32 = 64 → Q3 = R(4,48) = 4.
    const summed = computeLaw68Position(input, { policies: { nationalBase: 'SUM_OF_PROVINCES' } });
    expect(summed).toMatchObject({ b3: 64, q3: 4 });
  });

  it('tags provincial steps with their province', () => {
    const position = computeLaw68Position(provinces());
    const bg = position.provinces.find((p) => p.province === 'BG');
    expect(bg?.working.every((s) => s.province === 'BG')).toBe(true);
    expect(position.working.some((s) => s.province === 'BG')).toBe(true);
  });
});
