import type { CefrLevel, TimeWindow } from '#libs/kernel';
import type { NoPersonalFields } from './public-content.guard.js';

/**
 * What an edition carries, one type per kind of entry. Only public fields of vacancies, courses,
 * policies and services: the item is a snapshot printed for anyone to read.
 *
 * `expiresAt` is the instant the entry closes (exclusive): an offer whose applications close at the
 * end of 30 November has `expiresAt` = 1 December 00:00 Europe/Rome, or any instant on 30 November.
 */
export interface OfferItem extends NoPersonalFields {
  id: string;
  title: string;
  companyName?: string;
  municipality: string;
  /** Italian text, e.g. CONTRACT_TYPES['A.02.00'] from #libs/kernel or the board's own wording. */
  contractLabel: string;
  /** Scouted locally (lavoro a km zero); the section an offer lands in is decided per area. */
  kmZero: boolean;
  publishedAt: Date;
  expiresAt?: Date;
  url?: string;
  /** How to apply, in Italian: "Inviare il CV a …", "Presentarsi in negozio il martedì". */
  applyHow?: string;
}

/** A vocational course (corso di formazione professionale). */
export interface CourseItem extends NoPersonalFields {
  id: string;
  title: string;
  provider: string;
  municipality: string;
  startsOn?: Date;
  hours?: number;
  free?: boolean;
  /** End of enrolment. */
  expiresAt?: Date;
  url?: string;
  enrolHow?: string;
}

/** An active labour policy (Dote Unica Lavoro, GOL, a municipal grant for hiring). */
export interface PolicyItem extends NoPersonalFields {
  id: string;
  title: string;
  promoter: string;
  summary: string;
  /** Last day to apply, when there is one. */
  expiresAt?: Date;
  url?: string;
  accessHow?: string;
}

/** An Italian course (CPIA, volunteer school, Italian for work). */
export interface LanguageCourseItem extends NoPersonalFields {
  id: string;
  title: string;
  provider: string;
  cefrLevel: CefrLevel;
  hours: number;
  place: string;
  /** Weekly lessons; the times matter to parents bound to school hours. */
  schedule: readonly TimeWindow[];
  startsOn?: Date;
  free?: boolean;
  expiresAt?: Date;
  url?: string;
  enrolHow?: string;
}

/** A useful service: income support, housing help, childcare, legal advice. */
export interface ServiceItem extends NoPersonalFields {
  id: string;
  title: string;
  provider: string;
  summary: string;
  /** A public office contact: "Sportello di via Padova 36, lun-ven 9-12, tel. 02 …". */
  contact?: string;
  expiresAt?: Date;
  url?: string;
}

export type EditionItem = OfferItem | CourseItem | PolicyItem | LanguageCourseItem | ServiceItem;
