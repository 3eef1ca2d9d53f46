export const MATCH_FACTOR_CODES = [
  'OCCUPATION',
  'SKILLS',
  'DISTANCE',
  'KM_ZERO',
  'LANGUAGE_MARGIN',
  'PREFERRED_OCCUPATION',
  'PREFERRED_CONTRACT',
  'RECENCY',
  'FAIR_SHARE',
] as const;
export type MatchFactorCode = (typeof MATCH_FACTOR_CODES)[number];
export type MatchWeights = Record<MatchFactorCode, number>;

export const MATCH_FACTOR_LABELS: Readonly<Record<MatchFactorCode, string>> = {
  OCCUPATION: 'Esperienza nella mansione',
  SKILLS: 'Competenze richieste',
  DISTANCE: 'Distanza da casa',
  KM_ZERO: 'Lavoro a km zero',
  LANGUAGE_MARGIN: 'Margine sul livello di italiano',
  PREFERRED_OCCUPATION: 'Mansione preferita',
  PREFERRED_CONTRACT: 'Contratto preferito',
  RECENCY: 'Offerta recente',
  FAIR_SHARE: 'Equa distribuzione delle proposte',
};

/**
 * The maximum points of each factor; they sum to 100 so a score reads as a percentage. Fit with the
 * work and closeness to home weigh most; km zero is a separate, visible bonus on top of distance.
 */
export const DEFAULT_MATCH_WEIGHTS: Readonly<MatchWeights> = {
  OCCUPATION: 20,
  SKILLS: 15,
  DISTANCE: 20,
  KM_ZERO: 10,
  LANGUAGE_MARGIN: 5,
  PREFERRED_OCCUPATION: 8,
  PREFERRED_CONTRACT: 4,
  RECENCY: 8,
  FAIR_SHARE: 10,
};

/** The shapes of the curves that turn a fact into a share (0-1) of a factor's weight. */
export const MATCH_CURVES = {
  /** Distance points halve every 8 km: 0 km 100 %, 2 km 84 %, 8 km 50 %, 16 km 25 %. */
  distanceHalfKm: 8,
  /** A km-zero vacancy earns its bonus only within this distance, unless the candidate sets another. */
  kmZeroRadiusKm: 2,
  /** Recency points halve every 14 days since publication. */
  recencyHalfLifeDays: 14,
  /** Fair share 1 / (1 + n / 5): 0 proposals 100 %, 5 → 50 %, 10 → 33 %, 20 → 20 %. */
  fairShareHalfProposals: 5,
  /** Share of the language factor by levels above the minimum: 0 → 0, 1 → 60 %, 2 or more → 100 %. */
  languageMarginShares: [0, 0.6, 1],
  /** Experience counts fully from 12 months; any recorded experience counts at least 40 %. */
  experienceFullMonths: 12,
  experienceFloorShare: 0.4,
  /** Experience whose length was not recorded. */
  experienceUnknownShare: 0.6,
  /** A person with no stated preference is neither favoured nor penalised against one who has them. */
  noPreferenceShare: 0.5,
} as const;

export function distanceShare(km: number): number {
  return 0.5 ** (Math.max(0, km) / MATCH_CURVES.distanceHalfKm);
}

export function recencyShare(daysSincePublication: number): number {
  return 0.5 ** (Math.max(0, daysSincePublication) / MATCH_CURVES.recencyHalfLifeDays);
}

export function fairShare(recentProposals: number): number {
  return 1 / (1 + Math.max(0, recentProposals) / MATCH_CURVES.fairShareHalfProposals);
}

export function languageMarginShare(levelsAboveMinimum: number): number {
  const shares = MATCH_CURVES.languageMarginShares;
  return shares[Math.min(Math.max(0, levelsAboveMinimum), shares.length - 1)];
}

export function experienceShare(months: number | undefined): number {
  if (months === undefined) return MATCH_CURVES.experienceUnknownShare;
  const { experienceFloorShare: floor, experienceFullMonths: full } = MATCH_CURVES;
  return floor + (1 - floor) * (Math.min(Math.max(0, months), full) / full);
}

/** Default weights with the given overrides; throws when they do not sum to 100 or one is negative. */
export function resolveWeights(overrides: Partial<MatchWeights> = {}): MatchWeights {
  const weights: MatchWeights = { ...DEFAULT_MATCH_WEIGHTS, ...overrides };
  const values = MATCH_FACTOR_CODES.map((code) => weights[code]);
  const total = values.reduce((sum, value) => sum + value, 0);
  if (
    values.some((value) => !Number.isFinite(value) || value < 0) ||
    Math.abs(total - 100) > 1e-9
  ) {
    throw new RangeError(`Match weights must be non-negative and sum to 100, got ${total}`);
  }
  return weights;
}
