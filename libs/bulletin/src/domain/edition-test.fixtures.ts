import type {
  CourseItem,
  LanguageCourseItem,
  OfferItem,
  PolicyItem,
  ServiceItem,
} from './edition-items.js';
import { type ComposeEditionInput, composeEdition } from './edition-composer.js';
import type { SectionCode } from './edition-sections.js';
import { type BulletinArea, type Edition, sectionOf } from './edition.js';
import { parseWeekKey } from './edition-week.js';

/** Builders for specs: one valid item per kind, overridable field by field. */

export const AREA: BulletinArea = { slug: 'milano-municipio-2', name: 'Milano – Municipio 2' };
export const WEEK = parseWeekKey('2026-W48');
/** Monday 23 November 2026, 08:00 in Rome. */
export const NOW = new Date('2026-11-23T07:00:00Z');
export const PREVIOUS_EDITION_AT = new Date('2026-11-16T07:00:00Z');

export const at = (iso: string) => new Date(iso);

/** Composes for AREA, week 2026-W48, at NOW, one week after the previous edition. */
export function compose(overrides: Partial<ComposeEditionInput> = {}): Edition {
  return composeEdition({
    area: AREA,
    weekKey: WEEK,
    previousEditionAt: PREVIOUS_EDITION_AT,
    now: NOW,
    fetched: {},
    ...overrides,
  });
}

export function ids(edition: Edition, code: SectionCode): string[] {
  return (sectionOf(edition, code)?.items ?? []).map((item) => item.id);
}

export function offer(overrides: Partial<OfferItem> = {}): OfferItem {
  return {
    id: 'off-1',
    title: 'Addetta alle pulizie',
    companyName: 'Pulito Srl',
    municipality: 'Milano',
    contractLabel: 'Tempo determinato',
    kmZero: false,
    publishedAt: at('2026-11-20T10:00:00Z'),
    ...overrides,
  };
}

export function course(overrides: Partial<CourseItem> = {}): CourseItem {
  return {
    id: 'crs-1',
    title: 'Aiuto cuoco',
    provider: 'CFP Milano',
    municipality: 'Milano',
    ...overrides,
  };
}

export function policy(overrides: Partial<PolicyItem> = {}): PolicyItem {
  return {
    id: 'pol-1',
    title: 'Dote Unica Lavoro',
    promoter: 'Regione Lombardia',
    summary: 'Percorsi di orientamento e accompagnamento al lavoro.',
    ...overrides,
  };
}

export function languageCourse(overrides: Partial<LanguageCourseItem> = {}): LanguageCourseItem {
  return {
    id: 'ita-1',
    title: 'Italiano per il lavoro',
    provider: 'CPIA 5 Milano',
    cefrLevel: 'A2',
    hours: 60,
    place: 'Via Padova 36, Milano',
    schedule: [{ day: 2, start: '09:00', end: '12:00' }],
    ...overrides,
  };
}

export function service(overrides: Partial<ServiceItem> = {}): ServiceItem {
  return {
    id: 'srv-1',
    title: 'Sportello casa',
    provider: 'Comune di Milano',
    summary: "Aiuto per l'affitto e le domande di casa popolare.",
    ...overrides,
  };
}
