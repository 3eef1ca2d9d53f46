/**
 * The life of a vacancy. A draft is prepared and not yet public; an open vacancy is published (in
 * search, matching and the bulletin); filled and closed ones are no longer offered but can reopen
 * (a hire falls through, the company asks again); archived is final and set only by archiving.
 */
export const VACANCY_STATUSES = ['DRAFT', 'OPEN', 'FILLED', 'CLOSED', 'ARCHIVED'] as const;
export type VacancyStatus = (typeof VACANCY_STATUSES)[number];

export const VACANCY_STATUS_LABELS: Record<VacancyStatus, string> = {
  DRAFT: 'Bozza',
  OPEN: 'Aperta',
  FILLED: 'Coperta',
  CLOSED: 'Chiusa',
  ARCHIVED: 'Archiviata',
};

/** The statuses an update may set; ARCHIVED only through archiving. */
export const SETTABLE_VACANCY_STATUSES = ['DRAFT', 'OPEN', 'FILLED', 'CLOSED'] as const;
export type SettableVacancyStatus = (typeof SETTABLE_VACANCY_STATUSES)[number];

/** A vacancy is created as a draft or published at once. */
export const INITIAL_VACANCY_STATUSES = ['DRAFT', 'OPEN'] as const;
export type InitialVacancyStatus = (typeof INITIAL_VACANCY_STATUSES)[number];

/**
 * Once a vacancy has been public it never returns to draft: people and the bulletin have seen it.
 * A draft that is not wanted is archived, not closed.
 */
const NEXT_STATUSES: Record<VacancyStatus, readonly VacancyStatus[]> = {
  DRAFT: ['OPEN'],
  OPEN: ['FILLED', 'CLOSED'],
  FILLED: ['OPEN', 'CLOSED'],
  CLOSED: ['OPEN'],
  ARCHIVED: [],
};

export function canChangeStatus(from: VacancyStatus, to: VacancyStatus): boolean {
  return from === to || NEXT_STATUSES[from].includes(to);
}

/** Statuses still in play: they count as open work for the company. */
export const ACTIVE_VACANCY_STATUSES: readonly VacancyStatus[] = ['DRAFT', 'OPEN'];

/** Where the vacancy came from. */
export const VACANCY_SOURCES = {
  OPEN_MARKET: "Mercato del lavoro (annunci, centri per l'impiego)",
  SCOUTING: 'Scouting aziendale dei consulenti',
  PARTNER: 'Rete dei partner',
} as const;
export type VacancySource = keyof typeof VACANCY_SOURCES;
export const VACANCY_SOURCE_CODES = Object.keys(VACANCY_SOURCES) as VacancySource[];
