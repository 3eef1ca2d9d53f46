import type { Law68Input } from '../domain/workforce.types.js';
import {
  evaluateAt,
  evaluateCompany,
  type CompanyLaw68Data,
} from './company-position.evaluator.js';
import type { CountedPlacement, RegisteredConvention } from './position.types.js';
import { carryAccruedSanction } from './sanction-accrual.calculator.js';

/** 63 employees in Milano, 2 disabled and 1 art. 18 worker: B3 60, quota 4, 2 uncovered. */
const workforce: Law68Input = {
  referenceDate: '2025-12-31',
  registeredOfficeProvince: 'MI',
  provinces: [
    { province: 'MI', totalEmployees: 63, disabledEmployees: [{ count: 2 }], art18Employees: 1 },
  ],
};
const declaration = {
  id: 'd1',
  referenceDate: '2025-12-31',
  version: 1,
  input: workforce,
  policies: {},
};
const convention: RegisteredConvention = {
  id: 'c1',
  type: 'ART12BIS',
  provinceCode: 'MI',
  cooperativeName: 'Cooperativa sociale Il Germoglio',
  positions: 1,
  frameworkMaxPositions: null,
  startDate: '2026-03-02',
  endDate: null,
};
const hire = (overrides: Partial<CountedPlacement> = {}): CountedPlacement => ({
  id: 'p1',
  l68Category: 'DISABILITY',
  weeklyHours: null,
  fullTimeHours: null,
  startDate: '2026-04-01',
  endDate: null,
  ...overrides,
});
const data = (more: Partial<CompanyLaw68Data> = {}): CompanyLaw68Data => ({
  declarations: [declaration],
  conventions: [],
  placements: [],
  ...more,
});

describe('evaluateAt', () => {
  it('computes the declared workforce: 2 uncovered positions', () => {
    const evaluated = evaluateAt(data(), '2026-01-15')!;
    expect(evaluated.position).toEqual(
      expect.objectContaining({
        b3: 60,
        q3: 4,
        coverage: 2,
        uncoveredDisabled: 2,
        uncoveredArt18: 0,
      }),
    );
    expect(evaluated.position.working[0]).toEqual(
      expect.objectContaining({ step: 'sources.declaration', value: '31/12/2025' }),
    );
  });

  it('is null before the first declaration', () => {
    expect(evaluateAt(data(), '2025-12-30')).toBeNull();
  });

  it('counts a convention from its start and a later hire from its start', () => {
    const all = data({ conventions: [convention], placements: [hire()] });
    expect(evaluateAt(all, '2026-03-01')!.position.uncoveredDisabled).toBe(2);
    expect(evaluateAt(all, '2026-03-02')!.position.uncoveredDisabled).toBe(1);
    const covered = evaluateAt(all, '2026-04-01')!;
    expect(covered.position).toEqual(
      expect.objectContaining({ coverage: 4, uncoveredDisabled: 0 }),
    );
    expect(covered.placementsCounted).toBe(1);
    expect(covered.position.working.map((step) => step.step)).toContain('sources.placement');
  });

  it('does not add a hire that started by the reference date: it is in the declared workforce', () => {
    const evaluated = evaluateAt(
      data({ placements: [hire({ startDate: '2025-10-01' })] }),
      '2026-06-30',
    )!;
    expect(evaluated.placementsCounted).toBe(0);
    expect(evaluated.position.uncoveredDisabled).toBe(2);
    expect(evaluated.position.working).toContainEqual(
      expect.objectContaining({ step: 'sources.placement.declared' }),
    );
  });

  it('drops a hire that ended, and values a short part-time at its fraction', () => {
    const ended = data({ placements: [hire({ endDate: '2026-05-31' })] });
    expect(evaluateAt(ended, '2026-05-31')!.position.uncoveredDisabled).toBe(1);
    expect(evaluateAt(ended, '2026-06-01')!.position.uncoveredDisabled).toBe(2);
    const partTime = data({ placements: [hire({ weeklyHours: 16, fullTimeHours: 40 })] });
    // 2 + 0,40 = 2,40 rounds to 2 (art. 4 c.2): still 2 uncovered.
    expect(evaluateAt(partTime, '2026-06-30')!.position.uncoveredDisabled).toBe(2);
  });

  it('adds an art. 18 hire to the art. 18 workers', () => {
    const evaluated = evaluateAt(
      data({ placements: [hire({ l68Category: 'ART18' })] }),
      '2026-06-30',
    )!;
    expect(evaluated.position.art18InForce).toBe(2);
    expect(evaluated.position.uncoveredDisabled).toBe(2);
  });

  it('keeps an art. 11 programme out of the coverage but counts its programmed hires', () => {
    const programme: RegisteredConvention = {
      ...convention,
      type: 'ART11',
      cooperativeName: null,
      positions: 2,
    };
    const evaluated = evaluateAt(data({ conventions: [programme] }), '2026-06-30')!;
    expect(evaluated.position.uncoveredDisabled).toBe(2);
    expect(evaluated.programmedHires).toBe(2);
  });
});

describe('evaluateCompany', () => {
  it('accrues the sanction from the 61st day, stretch by stretch, until the position is covered', () => {
    const { current, sanction } = evaluateCompany(
      data({ conventions: [convention], placements: [hire()] }),
      '2026-06-30',
    );
    expect(current!.position.uncoveredDisabled).toBe(0);
    // 2 uncovered until 1/3 (inside the 60 days), then 1 from 2/3 to 31/3: 22 working days × € 196,05.
    expect(sanction.cents).toBe(22 * 19605);
    expect(sanction.sanctionablePositions).toBe(0);
    expect(sanction.since).toBeNull();
  });

  it('keeps running while positions stay uncovered', () => {
    const { sanction } = evaluateCompany(data(), '2026-03-31');
    // Obligation on 31/12/2025, day 1 of 60 as ANPAL counts: the term ends on 28/2.
    expect(sanction.since).toBe('2026-03-01');
    expect(sanction.sanctionablePositions).toBe(2);
    expect(sanction.cents).toBe(2 * 22 * 19605);
  });

  it('defers the sanction for the hires of an art. 11 programme', () => {
    const programme: RegisteredConvention = {
      ...convention,
      type: 'ART11',
      cooperativeName: null,
      positions: 1,
      startDate: '2026-01-10',
    };
    const { sanction } = evaluateCompany(data({ conventions: [programme] }), '2026-03-31');
    expect(sanction.sanctionablePositions).toBe(1);
    expect(sanction.cents).toBe(22 * 19605);
  });

  it('follows the declaration’s policy on how the 60 days are counted', () => {
    const civil = {
      ...declaration,
      policies: { hiringTermStart: 'DAY_AFTER_OBLIGATION' as const },
    };
    const { sanction } = evaluateCompany(data({ declarations: [civil] }), '2026-03-31');
    expect(sanction.since).toBe('2026-03-02');
    expect(sanction.working[0].description).toContain('art. 2963 c.c.');
  });

  it('accrues nothing inside the 60 days', () => {
    expect(evaluateCompany(data(), '2026-02-27').sanction.cents).toBe(0);
  });
});

describe('carryAccruedSanction', () => {
  const stored = {
    asOf: '2026-03-31',
    since: '2026-03-02',
    sanctionablePositions: 2,
    accruedCents: 100,
  };

  it('adds each working day after the stored date at today’s rate', () => {
    // April 2026: 21 working days (Easter Monday on the 6th).
    expect(carryAccruedSanction(stored, '2026-04-30')).toBe(100 + 2 * 21 * 19605);
  });

  it('starts from the first sanctioned day when that comes after the stored date', () => {
    const early = { ...stored, asOf: '2026-02-15', accruedCents: 0 };
    expect(carryAccruedSanction(early, '2026-03-03')).toBe(2 * 2 * 19605);
  });

  it('adds nothing without sanctionable positions or on the same day', () => {
    expect(carryAccruedSanction({ ...stored, sanctionablePositions: 0 }, '2026-12-31')).toBe(100);
    expect(carryAccruedSanction(stored, '2026-03-31')).toBe(100);
  });
});
