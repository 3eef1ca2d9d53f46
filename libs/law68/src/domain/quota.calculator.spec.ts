import { Law68InputError } from './law68-input.error.js';
import { DEFAULT_LAW68_PARAMETERS } from './law68-parameters.js';
import { art18QuotaOf, bandOf, computeQuotas } from './quota.calculator.js';

const today = '2024-12-31';

function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof Law68InputError) return error.issues;
    throw error;
  }
  throw new Error('no Law68InputError was thrown');
}

function quotas(b3: number, b18 = b3, referenceDate = today, newHiresSinceThreshold?: boolean) {
  return computeQuotas(
    { b3, b18, referenceDate, newHiresSinceThreshold },
    DEFAULT_LAW68_PARAMETERS,
  );
}

describe('disability quota and band (art. 3 c.1), decided on B3', () => {
  it.each([
    // [B3, band, Q3, hand computation]
    [14, 'NOT_OBLIGED', 0], // below 15: no obligation
    [15, 'C', 1], // 15-35: one worker
    [35, 'C', 1],
    [36, 'B', 2], // 36-50: two workers
    [50, 'B', 2],
    [51, 'A', 4], // 7% × 51 = 3,57 → 0,57 > 0,50 → 4
    [57, 'A', 4], // 3,99 → 4
    [64, 'A', 4], // 4,48 → 4
    [65, 'A', 5], // 4,55 → 5
    [100, 'A', 7], // 7,00 → 7
    [150, 'A', 10], // 10,50 → exactly one half is dropped → 10
    [151, 'A', 11], // 10,57 → 11
  ] as const)('B3 = %i → band %s, Q3 = %i', (b3, band, q3) => {
    expect(bandOf(b3)).toBe(band);
    expect(quotas(b3)).toMatchObject({ band, q3 });
  });
});

describe('art. 18 quota (art. 18 c.2), decided on B18', () => {
  it.each([
    // [B18, Q18, hand computation]
    [50, 0], // up to 50: none
    [51, 1], // 51-150: one worker
    [150, 1],
    [151, 2], // 1% × 151 = 1,51 → 2
    [250, 2], // 2,50 → exactly one half is dropped → 2
    [251, 3], // 2,51 → 3
    [350, 3], // 3,50 → 3
  ])('B18 = %i → Q18 = %i', (b18, q18) => {
    expect(art18QuotaOf(b18)).toBe(q18);
  });

  it('uses B18, not B3, which sector exclusions can leave larger', () => {
    // B3 = 140: 7% × 140 = 9,80 → 10. B18 = 160: 1% × 160 = 1,60 → 2.
    // Had the art. 18 quota followed B3 (140, in 51-150) it would be 1.
    expect(quotas(140, 160)).toMatchObject({ band: 'A', q3: 10, q18: 2 });
  });
});

describe('15-35 band before 2018: obligation only on new hires', () => {
  it('had no quota without new hires up to 31/12/2017', () => {
    expect(quotas(20, 20, '2017-12-31', false).q3).toBe(0);
    expect(quotas(20, 20, '2017-12-31', true).q3).toBe(1);
  });

  it('asks for the new hires when they decide the quota', () => {
    expect(issuesOf(() => quotas(20, 20, '2016-12-31'))).toEqual([
      expect.objectContaining({ field: 'newHiresSinceThreshold' }),
    ]);
  });

  it('obliges the 15-35 band regardless of hires from 1/1/2018', () => {
    expect(quotas(20, 20, '2018-01-01').q3).toBe(1);
  });

  it('did not change the 36-50 band', () => {
    expect(quotas(40, 40, '2016-12-31').q3).toBe(2);
  });
});

describe('working', () => {
  it('says why 10,50 became 10', () => {
    const step = quotas(150).working.find((s) => s.step === 'quota.disabled');
    expect(step).toMatchObject({ value: '10' });
    expect(step?.article).toContain('art. 3 c.1 L. 68/1999');
    expect(step?.description).toContain('7% × 150 = 10,5');
    expect(step?.description).toContain('non supera 0,50');
  });
});
