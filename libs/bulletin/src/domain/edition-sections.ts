import type {
  CourseItem,
  EditionItem,
  LanguageCourseItem,
  OfferItem,
  PolicyItem,
  ServiceItem,
} from './edition-items.js';

/** The sections of every edition, in the order the seeds' bulletins print them. */
export const SECTION_CODES = [
  'OPEN_MARKET',
  'KM_ZERO',
  'TRAINING',
  'ACTIVE_POLICIES',
  'ITALIAN_COURSES',
  'USEFUL_SERVICES',
] as const;

export type SectionCode = (typeof SECTION_CODES)[number];

export const SECTION_TITLES: Record<SectionCode, string> = {
  OPEN_MARKET: 'Offerte di lavoro',
  KM_ZERO: 'Offerte a km zero',
  TRAINING: 'Corsi di formazione',
  ACTIVE_POLICIES: 'Politiche attive',
  ITALIAN_COURSES: 'Corsi di italiano',
  USEFUL_SERVICES: 'Servizi utili',
};

type EverySection<T extends Record<SectionCode, EditionItem>> = T;

/** Which kind of item each section holds. */
export type SectionItemMap = EverySection<{
  OPEN_MARKET: OfferItem;
  KM_ZERO: OfferItem;
  TRAINING: CourseItem;
  ACTIVE_POLICIES: PolicyItem;
  ITALIAN_COURSES: LanguageCourseItem;
  USEFUL_SERVICES: ServiceItem;
}>;

export interface EditionSectionOf<C extends SectionCode> {
  readonly code: C;
  readonly title: string;
  readonly items: readonly SectionItemMap[C][];
  /** Entries that qualified but did not fit the section's limit: the editor sees what was left out. */
  readonly omittedCount: number;
}

export type EditionSection = { [C in SectionCode]: EditionSectionOf<C> }[SectionCode];

export type SectionLimits = Record<SectionCode, number>;

/**
 * Sized so that an ordinary edition prints on one or two A4 pages for a notice board. Areas can
 * override them; the editor sees `omittedCount` when a section is cut.
 */
export const DEFAULT_SECTION_LIMITS: SectionLimits = {
  OPEN_MARKET: 15,
  KM_ZERO: 8,
  TRAINING: 6,
  ACTIVE_POLICIES: 4,
  ITALIAN_COURSES: 4,
  USEFUL_SERVICES: 4,
};
