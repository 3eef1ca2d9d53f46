import {
  DEFAULT_MATCH_WEIGHTS,
  distanceShare,
  experienceShare,
  fairShare,
  languageMarginShare,
  MATCH_FACTOR_CODES,
  recencyShare,
  resolveWeights,
} from './match-weights.rules.js';

describe('weights and curves', () => {
  it('sums the default weights to 100', () => {
    const total = MATCH_FACTOR_CODES.reduce((sum, code) => sum + DEFAULT_MATCH_WEIGHTS[code], 0);
    expect(total).toBe(100);
  });

  it('accepts overrides only when they still sum to 100', () => {
    expect(resolveWeights({ DISTANCE: 15, KM_ZERO: 15 }).KM_ZERO).toBe(15);
    expect(() => resolveWeights({ DISTANCE: 30 })).toThrow(RangeError);
    expect(() => resolveWeights({ DISTANCE: -5, KM_ZERO: 35 })).toThrow(RangeError);
  });

  it('halves distance points every 8 km and recency points every 14 days', () => {
    expect(distanceShare(0)).toBe(1);
    expect(distanceShare(8)).toBeCloseTo(0.5);
    expect(distanceShare(16)).toBeCloseTo(0.25);
    expect(recencyShare(0)).toBe(1);
    expect(recencyShare(14)).toBeCloseTo(0.5);
    expect(recencyShare(-3)).toBe(1);
  });

  it('gives a vacancy proposed to many people progressively fewer fair-share points', () => {
    expect([0, 1, 5, 10, 20].map(fairShare)).toEqual([1, 1 / 1.2, 0.5, 1 / 3, 0.2]);
  });

  it('rewards a language margin a little, up to two levels', () => {
    expect([-1, 0, 1, 2, 5].map(languageMarginShare)).toEqual([0, 0, 0.6, 1, 1]);
  });

  it('counts experience from 40 % up to 100 % at 12 months, 60 % when its length is unknown', () => {
    expect(experienceShare(0)).toBeCloseTo(0.4);
    expect(experienceShare(6)).toBeCloseTo(0.7);
    expect(experienceShare(12)).toBe(1);
    expect(experienceShare(40)).toBe(1);
    expect(experienceShare(undefined)).toBe(0.6);
  });
});
