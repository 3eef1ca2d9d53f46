/**
 * Italian language levels on the CEFR scale, with the literacy levels that CPIA courses use below A1
 * (italian-rules.md 4.2). The order of this list is the order of competence.
 */
export const CEFR_LEVELS = ['ALFA', 'PRE_A1', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type CefrLevel = (typeof CEFR_LEVELS)[number];

export const CEFR_LABELS: Record<CefrLevel, string> = {
  ALFA: 'Alfa (alfabetizzazione)',
  PRE_A1: 'Pre-A1',
  A1: 'A1',
  A2: 'A2',
  B1: 'B1',
  B2: 'B2',
  C1: 'C1',
  C2: 'C2',
};

export function cefrRank(level: CefrLevel): number {
  return CEFR_LEVELS.indexOf(level);
}

/** How many steps the candidate's level is above (positive) or below (negative) the required one. */
export function cefrMargin(candidate: CefrLevel, required: CefrLevel): number {
  return cefrRank(candidate) - cefrRank(required);
}

export function isCefrLevel(value: unknown): value is CefrLevel {
  return typeof value === 'string' && (CEFR_LEVELS as readonly string[]).includes(value);
}
