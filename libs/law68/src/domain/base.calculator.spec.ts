import { aggregateWorkforce, computeBase, type BaseWorkforce } from './base.calculator.js';

const ministryReading = { typeBCoopBase: 'EXCLUDE_DISADVANTAGED' } as const;

function base(workforce: BaseWorkforce, kind: Parameters<typeof computeBase>[1] = 'ORDINARY') {
  return computeBase(workforce, kind, ministryReading);
}

describe('computeBase (italian-rules.md §1.2)', () => {
  it('counts every employee in forza when nobody is excluded', () => {
    expect(base({ totalEmployees: 100 })).toMatchObject({ b3: 100, b18: 100 });
  });

  describe('part-timers: one rounding on the total (D.Lgs. 81/2015 art. 9)', () => {
    it('counts three workers at 20/40 as R(1,5) = 1, not 3 × R(0,5) = 0', () => {
      // 3 × 20/40 = 1,50 → R = 1; the base loses 3 - 1 = 2: 20 - 2 = 18.
      // Rounding each worker would give 3 × R(0,50) = 0 and a base of 17.
      const result = base({
        totalEmployees: 20,
        partTimers: [{ count: 3, weeklyHours: 20, fullTimeHours: 40 }],
      });
      expect(result.partTimeUnits).toBe(1);
      expect(result.b3).toBe(18);
    });

    it('rounds the sum of different groups once: 0,5 + 0,4 = 0,9 → 1', () => {
      // 20/40 + 16/40 = 36/40 = 0,90 → R = 1; per group R(0,5) + R(0,4) would be 0.
      // Base: 10 - (2 - 1) = 9.
      const result = base({
        totalEmployees: 10,
        partTimers: [
          { count: 1, weeklyHours: 20, fullTimeHours: 40 },
          { count: 1, weeklyHours: 16, fullTimeHours: 40 },
        ],
      });
      expect(result.partTimeUnits).toBe(1);
      expect(result.b3).toBe(9);
    });

    it('sends a total above one half up: 3 × 21/40 = 1,575 → 2', () => {
      // 63/40 = 1,575 → R = 2; base 20 - (3 - 2) = 19.
      const result = base({
        totalEmployees: 20,
        partTimers: [{ count: 3, weeklyHours: 21, fullTimeHours: 40 }],
      });
      expect(result.b3).toBe(19);
    });

    it('reads decimal hours exactly: 3 × 18,75/37,5 = 1,5 → 1', () => {
      // 18,75/37,5 = 1/2 exactly; 3 × 1/2 = 1,50 → 1; base 20 - 2 = 18.
      const result = base({
        totalEmployees: 20,
        partTimers: [{ count: 3, weeklyHours: 18.75, fullTimeHours: 37.5 }],
      });
      expect(result.b3).toBe(18);
    });
  });

  it('counts intermittents by the hours worked in the semester', () => {
    // 4 × 390/1040 = 1,50 → R = 1; base 30 - (4 - 1) = 27.
    const result = base({
      totalEmployees: 30,
      intermittents: [{ count: 4, hoursWorkedInSemester: 390, fullTimeHoursInSemester: 1040 }],
    });
    expect(result.intermittentUnits).toBe(1);
    expect(result.b3).toBe(27);
  });

  describe('art. 18 workers: excluded up to min(n, R(1% × total))', () => {
    it.each([
      // [total, art. 18 in forza, excluded, base]
      [250, 5, 2, 248], // R(1% × 250) = R(2,50) = 2; min(5, 2) = 2; 250 - 2 = 248
      [251, 5, 3, 248], // R(2,51) = 3; min(5, 3) = 3; 251 - 3 = 248
      [250, 1, 1, 249], // min(1, 2) = 1; 250 - 1 = 249
      [40, 1, 0, 40], // R(0,40) = 0: no art. 18 worker leaves the base
      [51, 1, 1, 50], // R(0,51) = 1; min(1, 1) = 1; 51 - 1 = 50
      [150, 3, 1, 149], // R(1,50) = 1; min(3, 1) = 1; 150 - 1 = 149
    ])('total %i with %i art. 18 workers excludes %i, base %i', (total, art18, excluded, b) => {
      const result = base({ totalEmployees: total, art18Employees: art18 });
      expect(result.art18Excluded).toBe(excluded);
      expect(result.b3).toBe(b);
      expect(result.b18).toBe(b);
    });
  });

  it('takes art. 5 c.2 sector staff out of B3 only', () => {
    // B3 = 60 - 10 = 50; B18 keeps them: 60.
    expect(
      base({ totalEmployees: 60, excluded: [{ category: 'SECTOR_ART5_C2', count: 10 }] }),
    ).toMatchObject({ b3: 50, b18: 60 });
  });

  it('takes an art. 18-only exclusion out of B18 only', () => {
    // B3 = 60; B18 = 60 - 5 = 55.
    expect(
      base({ totalEmployees: 60, excluded: [{ category: 'OTHER_ONLY_B18', count: 5 }] }),
    ).toMatchObject({ b3: 60, b18: 55 });
  });

  it('takes executives, apprentices and short fixed-term workers out of both bases', () => {
    // 40 - 2 - 3 - 1 = 34 for both.
    const result = base({
      totalEmployees: 40,
      excluded: [
        { category: 'EXECUTIVES', count: 2 },
        { category: 'APPRENTICES', count: 3 },
        { category: 'FIXED_TERM_UP_TO_6_MONTHS', count: 1 },
      ],
    });
    expect(result).toMatchObject({ b3: 34, b18: 34 });
    expect(result.working.map((s) => s.article)).toContain('art. 47 c.3 D.Lgs. 81/2015');
  });

  it('takes disabled employees out by heads, part-timers included', () => {
    // 40 - (2 full-time + 1 part-time) = 37.
    const result = base({
      totalEmployees: 40,
      disabledEmployees: [{ count: 2 }, { count: 1, weeklyHours: 20, fullTimeHours: 40 }],
    });
    expect(result.b3).toBe(37);
  });

  it('applies the type-B cooperative policy to disadvantaged workers', () => {
    const coop: BaseWorkforce = { totalEmployees: 50, disadvantagedWorkers: 20 };
    // Ministry reading: 50 - 20 = 30.
    expect(base(coop, 'SOCIAL_COOP_TYPE_B').b3).toBe(30);
    // Offices that count them: 50.
    expect(computeBase(coop, 'SOCIAL_COOP_TYPE_B', { typeBCoopBase: 'ORDINARY' }).b3).toBe(50);
  });

  it('keeps only technical-executive and administrative staff for art. 3 c.3 bodies', () => {
    // 30 - 10 = 20.
    expect(
      base({ totalEmployees: 30, staffOutsideTechnicalAdministrative: 10 }, 'ART3_C3_ORGANISATION')
        .b3,
    ).toBe(20);
  });

  it('rounds part-timers of all provinces once when aggregated', () => {
    // Each province alone: 1 × 20/40 = 0,50 → 0. Together: 2 × 0,50 = 1,00 → 1.
    // National base: 66 - (2 - 1) = 65.
    const province: BaseWorkforce = {
      totalEmployees: 33,
      partTimers: [{ count: 1, weeklyHours: 20, fullTimeHours: 40 }],
    };
    expect(base(province).b3).toBe(32);
    expect(base(aggregateWorkforce([province, province])).b3).toBe(65);
  });

  it('explains each step in Italian with its article', () => {
    const result = base({
      totalEmployees: 20,
      partTimers: [{ count: 3, weeklyHours: 20, fullTimeHours: 40 }],
    });
    const partTime = result.working.find((s) => s.step === 'base.partTime');
    expect(partTime).toMatchObject({
      article: 'art. 9 D.Lgs. 81/2015; art. 4 c.1 L. 68/1999',
      value: '1',
    });
    expect(partTime?.description).toContain('R(1,5) = 1');
  });
});
