import { DEFAULT_LAW68_PARAMETERS } from './law68-parameters.js';
import { DEFAULT_LAW68_POLICIES, type Law68Policies } from './law68-policies.js';
import { computeProvinceShortfall, type ProvinceShortfallInput } from './uncovered.calculator.js';
import type { ProvinceWorkforce } from './workforce.types.js';

function shortfall(
  workforce: Partial<ProvinceWorkforce>,
  figures: Partial<Omit<ProvinceShortfallInput, 'workforce'>> = {},
  policies: Partial<Law68Policies> = {},
) {
  return computeProvinceShortfall(
    {
      workforce: { province: 'MI', totalEmployees: 200, ...workforce },
      q3: 10,
      q18: 2,
      b3: 150,
      coverage: 2,
      referenceDate: '2024-12-31',
      ...figures,
    },
    DEFAULT_LAW68_PARAMETERS,
    { ...DEFAULT_LAW68_POLICIES, ...policies },
  ).figures;
}

const authorised = (
  percent: number,
  sector: 'ORDINARY' | 'SECURITY_OR_TRANSPORT' = 'ORDINARY',
) => ({
  authorisedExemption: { percent, sector, from: '2024-01-01' },
});

describe('uncovered positions without exemptions', () => {
  it('is the quota minus the coverage, never below zero', () => {
    // 10 - 2 = 8; with 12 covered: max(0, -2) = 0.
    expect(shortfall({}).uncoveredDisabled).toBe(8);
    expect(shortfall({}, { coverage: 12 }).uncoveredDisabled).toBe(0);
  });

  it('counts art. 18 workers in forza against the art. 18 quota', () => {
    // max(0, 3 - 1) = 2; max(0, 2 - 5) = 0.
    expect(shortfall({ art18Employees: 1 }, { q18: 3 }).uncoveredArt18).toBe(2);
    expect(shortfall({ art18Employees: 5 }).uncoveredArt18).toBe(0);
  });
});

describe('partial exemption (art. 5 c.3 and c.3-bis)', () => {
  it('exempts R(percentage × quota)', () => {
    // 60% × 10 = 6 → uncovered 10 - 2 - 6 = 2.
    expect(shortfall(authorised(60))).toMatchObject({ exempted: 6, uncoveredDisabled: 2 });
    // 35% × 10 = 3,5 → R = 3 (one half is dropped) → uncovered 10 - 2 - 3 = 5.
    expect(shortfall(authorised(35))).toMatchObject({ exempted: 3, uncoveredDisabled: 5 });
  });

  it('allows 80% to security and transport employers', () => {
    // 80% × 10 = 8.
    expect(shortfall(authorised(80, 'SECURITY_OR_TRANSPORT')).exempted).toBe(8);
  });

  it('caps authorised plus self-certified positions at the legal maximum', () => {
    // Authorised 50% × 10 = 5; 3 self-certified; cap R(60% × 10) = 6 → only 1 self-certified counts.
    const result = shortfall({
      ...authorised(50),
      selfCertifiedExemption: { positions: 3 },
    });
    expect(result).toMatchObject({
      exemptedAuthorised: 5,
      exemptedSelfCertified: 1,
      exempted: 6,
      uncoveredDisabled: 2,
    });
  });

  it('caps self-certified positions alone at 60%', () => {
    // Quota 3: cap R(60% × 3) = R(1,8) = 2; 3 declared → 2.
    expect(
      shortfall({ selfCertifiedExemption: { positions: 3 } }, { q3: 3, coverage: 0 }).exempted,
    ).toBe(2);
  });

  it('ignores an exemption that expired before the reference date', () => {
    const expired = {
      authorisedExemption: {
        percent: 60,
        sector: 'ORDINARY' as const,
        from: '2023-01-01',
        to: '2023-12-31',
      },
    };
    expect(shortfall(expired).exempted).toBe(0);
  });
});

describe('suspensions (art. 3 c.5)', () => {
  const cigs = (suspendedWorkers: number, to?: string) => ({
    suspensions: [{ cause: 'CIGS' as const, suspendedWorkers, from: '2024-06-01', to }],
  });

  it('suspends the quota in proportion to the suspended workers', () => {
    // 10 × 75 / 150 = 5 → uncovered 10 - 2 - 5 = 3.
    expect(shortfall(cigs(75))).toMatchObject({ suspended: 5, uncoveredDisabled: 3 });
    // 7 × 50 / 100 = 3,5 → R = 3.
    expect(shortfall(cigs(50), { q3: 7, b3: 100, coverage: 0 }).suspended).toBe(3);
  });

  it('never suspends more than the whole quota', () => {
    // 180 suspended on a base of 150: share capped at 1 → 10.
    expect(shortfall(cigs(180)).suspended).toBe(10);
  });

  it('takes the declared positions as they are with DECLARED_POSITIONS', () => {
    expect(shortfall(cigs(2), {}, { suspension: 'DECLARED_POSITIONS' }).suspended).toBe(2);
  });

  it('ignores a suspension that ended before the reference date', () => {
    expect(shortfall(cigs(75, '2024-11-30')).suspended).toBe(0);
  });
});

describe('territorial compensation (art. 5 c.8)', () => {
  it('adds what a province gives away (E) and subtracts what it receives (R)', () => {
    // E: 10 - 12 + 2 = 0. R: 10 - 2 - 3 = 5.
    expect(
      shortfall({ compensationDisabled: { kind: 'E', positions: 2 } }, { coverage: 12 }),
    ).toMatchObject({ compensationDisabled: 2, uncoveredDisabled: 0 });
    expect(shortfall({ compensationDisabled: { kind: 'R', positions: 3 } }).uncoveredDisabled).toBe(
      5,
    );
  });
});

describe('legacy abatement by art. 18 workers in service on 17/01/2000', () => {
  const workforce = { art18Employees: 5, art18EmployeesOn17Jan2000: 1 };

  it('is off by default', () => {
    expect(shortfall(workforce)).toMatchObject({ legacyAbatement: 0, uncoveredDisabled: 8 });
  });

  it('subtracts min(Q18, excess, in service on 17/01/2000) when switched on', () => {
    // min(2, 5 - 2 = 3, 1) = 1 → 10 - 2 - 1 = 7.
    expect(shortfall(workforce, {}, { legacyArt18Abatement: true })).toMatchObject({
      legacyAbatement: 1,
      uncoveredDisabled: 7,
    });
  });
});
