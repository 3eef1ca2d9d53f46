import { Law68InputError } from './law68-input.error.js';
import { validateLaw68Input } from './law68-input.validator.js';
import { computeLaw68Position } from './law68-position.calculator.js';
import type { Law68Input, ProvinceWorkforce } from './workforce.types.js';

function input(
  province: Partial<ProvinceWorkforce> = {},
  rest: Partial<Law68Input> = {},
): Law68Input {
  return {
    referenceDate: '2024-12-31',
    registeredOfficeProvince: 'MI',
    provinces: [{ province: 'MI', totalEmployees: 100, ...province }],
    ...rest,
  };
}

function problems(value: Law68Input) {
  return validateLaw68Input(value);
}

describe('validateLaw68Input', () => {
  it('accepts a sound input', () => {
    expect(problems(input())).toEqual([]);
  });

  it('refuses a negative headcount, naming the field', () => {
    expect(problems(input({ totalEmployees: -1 }))).toEqual([
      { field: 'provinces[0].totalEmployees', message: 'non può essere negativo (-1)' },
    ]);
  });

  it('refuses a fractional headcount', () => {
    expect(problems(input({ art18Employees: 1.5 }))[0]?.field).toBe('provinces[0].art18Employees');
  });

  it('refuses part-time hours above full time', () => {
    const issues = problems(
      input({
        partTimers: [
          { count: 1, weeklyHours: 20, fullTimeHours: 40 },
          { count: 1, weeklyHours: 42, fullTimeHours: 40 },
        ],
      }),
    );
    expect(issues).toEqual([
      {
        field: 'provinces[0].partTimers[1].weeklyHours',
        message: "l'orario (42) supera il tempo pieno (40)",
      },
    ]);
  });

  it('refuses hours worked by intermittents above full time, and a disabled part-timer without full time', () => {
    const issues = problems(
      input({
        intermittents: [{ count: 1, hoursWorkedInSemester: 1100, fullTimeHoursInSemester: 1040 }],
        disabledEmployees: [{ count: 1, weeklyHours: 20 }],
      }),
    );
    expect(issues.map((i) => i.field)).toEqual([
      'provinces[0].disabledEmployees[0].weeklyHours',
      'provinces[0].intermittents[0].hoursWorkedInSemester',
    ]);
  });

  it('refuses a percentage above 100', () => {
    expect(problems(input({ disabledEmployees: [{ count: 1, disabilityPercent: 120 }] }))).toEqual([
      {
        field: 'provinces[0].disabledEmployees[0].disabilityPercent',
        message: 'percentuale superiore a 100 (120)',
      },
    ]);
  });

  it('refuses an exemption above the legal maximum for the sector', () => {
    const exemption = (percent: number, sector: 'ORDINARY' | 'SECURITY_OR_TRANSPORT') =>
      input({ authorisedExemption: { percent, sector, from: '2024-01-01' } });
    expect(problems(exemption(70, 'ORDINARY'))).toEqual([
      {
        field: 'provinces[0].authorisedExemption.percent',
        message: "supera il massimo legale dell'esonero parziale (60%)",
      },
    ]);
    expect(problems(exemption(70, 'SECURITY_OR_TRANSPORT'))).toEqual([]);
    expect(problems(exemption(85, 'SECURITY_OR_TRANSPORT'))[0]?.message).toContain('80%');
    expect(problems(exemption(150, 'ORDINARY'))[0]?.message).toContain('superiore a 100');
  });

  it('refuses dates out of order', () => {
    const issues = problems(
      input({
        conventions: [{ type: 'ART_12_BIS', count: 1, from: '2024-06-01', to: '2024-01-31' }],
        suspensions: [{ cause: 'CIGS', suspendedWorkers: 3, from: '2024-06-01', to: '2024-05-31' }],
      }),
    );
    expect(issues).toEqual([
      {
        field: 'provinces[0].conventions[0].to',
        message: 'la data di fine (31/01/2024) precede la data di inizio (01/06/2024)',
      },
      {
        field: 'provinces[0].suspensions[0].to',
        message: 'la data di fine (31/05/2024) precede la data di inizio (01/06/2024)',
      },
    ]);
  });

  it('refuses impossible or pre-1999-law dates', () => {
    expect(problems(input({}, { referenceDate: '2024-02-30' }))[0]?.field).toBe('referenceDate');
    expect(problems(input({}, { referenceDate: '31/12/2024' }))[0]?.field).toBe('referenceDate');
    expect(problems(input({}, { referenceDate: '1999-12-31' }))[0]?.message).toContain('anteriore');
  });

  it('refuses subsets that add up to more than the employees in forza', () => {
    // 5 disabled + 3 art. 18 + 4 executives = 12 > 10.
    expect(
      problems(
        input({
          totalEmployees: 10,
          disabledEmployees: [{ count: 5 }],
          art18Employees: 3,
          excluded: [{ category: 'EXECUTIVES', count: 4 }],
        }),
      ),
    ).toEqual([
      {
        field: 'provinces[0].totalEmployees',
        message: 'i dipendenti in forza (10) sono meno della somma delle categorie indicate (12)',
      },
    ]);
  });

  it('requires the sede legale among the provinces, each province once', () => {
    const issues = problems({
      referenceDate: '2024-12-31',
      registeredOfficeProvince: 'RM',
      provinces: [
        { province: 'MI', totalEmployees: 10 },
        { province: 'MI', totalEmployees: 10 },
      ],
    });
    expect(issues.map((i) => i.field)).toEqual([
      'provinces[1].province',
      'registeredOfficeProvince',
    ]);
  });

  it('accepts type-B fields only from type-B cooperatives', () => {
    expect(problems(input({ disadvantagedWorkers: 3 }))[0]?.field).toBe(
      'provinces[0].disadvantagedWorkers',
    );
    expect(
      problems(input({ disadvantagedWorkers: 3 }, { employerKind: 'SOCIAL_COOP_TYPE_B' })),
    ).toEqual([]);
  });

  it('requires the framework maximum of an art. 14 convention', () => {
    expect(
      problems(input({ conventions: [{ type: 'ART_14', count: 1, from: '2024-01-01' }] }))[0]
        ?.field,
    ).toBe('provinces[0].conventions[0].frameworkMaxPositions');
  });
});

describe('computeLaw68Position on bad input', () => {
  it('throws one Law68InputError listing every problem', () => {
    const bad = input({
      totalEmployees: -5,
      partTimers: [{ count: 1, weeklyHours: 50, fullTimeHours: 40 }],
    });
    let caught: unknown;
    try {
      computeLaw68Position(bad);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(Law68InputError);
    const { issues, code } = caught as Law68InputError;
    expect(code).toBe('LAW68_INVALID_INPUT');
    expect(issues.map((i) => i.field)).toEqual([
      'provinces[0].totalEmployees',
      'provinces[0].partTimers[0].weeklyHours',
    ]);
  });

  it('refuses an unknown policy value', () => {
    expect(() =>
      computeLaw68Position(input(), {
        policies: { suspension: 'SOMETHING' as 'DECLARED_POSITIONS' },
      }),
    ).toThrow(/policies\.suspension/);
  });
});
