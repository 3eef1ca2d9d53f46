import type { SectionCode } from '../domain/edition-sections.js';

/**
 * The kinds of bulletin content besides job offers. The codes are those of the search layer's
 * `courses` index (CourseKind), so the same record can be searched and composed.
 */
export const CONTENT_KINDS = [
  'TRAINING',
  'ACTIVE_POLICY',
  'ITALIAN_COURSE',
  'USEFUL_SERVICE',
] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

export const CONTENT_KIND_LABELS: Record<ContentKind, string> = {
  TRAINING: 'Corso di formazione',
  ACTIVE_POLICY: 'Politica attiva del lavoro',
  ITALIAN_COURSE: 'Corso di italiano',
  USEFUL_SERVICE: 'Servizio utile',
};

/** The bulletin section each kind is printed in. */
export const CONTENT_SECTIONS: Record<ContentKind, SectionCode> = {
  TRAINING: 'TRAINING',
  ACTIVE_POLICY: 'ACTIVE_POLICIES',
  ITALIAN_COURSE: 'ITALIAN_COURSES',
  USEFUL_SERVICE: 'USEFUL_SERVICES',
};
