/** The soft outcomes the organisations measure and report to funders (domain.md). */
export const SOFT_OUTCOME_KINDS = {
  EDUCATIONAL_GOALS: 'Obiettivi educativi (regole, puntualità, affidabilità)',
  PROFESSIONAL_GROWTH: 'Crescita professionale',
  JOB_SEARCH_ACTIVATION: 'Attivazione nella ricerca del lavoro (autonomia)',
  FUTURE_ORIENTATION: 'Orientamento verso il futuro',
} as const;
export type SoftOutcomeKind = keyof typeof SOFT_OUTCOME_KINDS;
export const SOFT_OUTCOME_KIND_CODES = Object.keys(SOFT_OUTCOME_KINDS) as SoftOutcomeKind[];

/** How far the goal was reached, as the tutors grade it. */
export const SOFT_OUTCOME_LEVELS = {
  1: 'Non raggiunto',
  2: 'Parzialmente raggiunto',
  3: 'Raggiunto',
  4: 'Pienamente raggiunto',
} as const;
export type SoftOutcomeLevel = 1 | 2 | 3 | 4;
