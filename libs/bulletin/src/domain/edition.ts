import { BulletinError } from './bulletin.error.js';
import type { EditionItem } from './edition-items.js';
import type { EditionSection, EditionSectionOf, SectionCode } from './edition-sections.js';
import { type WeekKey, parseWeekKey } from './edition-week.js';

/** The territory a bulletin serves: a Milan Municipio, a district of municipalities. */
export interface BulletinArea {
  /** URL-safe, used in /bollettino/{area}/{week}: 'milano-municipio-2'. */
  slug: string;
  /** Italian, for people: 'Milano – Municipio 2'. */
  name: string;
}

export const EDITION_STATUSES = ['DRAFT', 'APPROVED', 'SENT'] as const;
export type EditionStatus = (typeof EDITION_STATUSES)[number];

export const EDITION_STATUS_LABELS: Record<EditionStatus, string> = {
  DRAFT: 'Bozza',
  APPROVED: 'Approvata',
  SENT: 'Inviata',
};

/** Who let the edition go: an editor, or the area's automatic sending. */
export type Approver = { kind: 'EDITOR'; editorId: string } | { kind: 'AUTOMATIC' };

export const AUTOMATIC_APPROVAL: Approver = { kind: 'AUTOMATIC' };

/** One area's bulletin for one ISO week. Plain data, replaced (never mutated) by each operation. */
export interface Edition {
  readonly area: BulletinArea;
  readonly weekKey: WeekKey;
  readonly status: EditionStatus;
  readonly composedAt: Date;
  /** Open-market offers published after this instant made it in: the previous edition's cut-off. */
  readonly newOffersSince: Date;
  /** All six sections, always in SECTION_CODES order, possibly empty. */
  readonly sections: readonly EditionSection[];
  readonly approvedAt?: Date;
  readonly approvedBy?: Approver;
  readonly sentAt?: Date;
}

/**
 * The natural key of an edition. Composing twice for the same area and week (a retry, a DST
 * change, two workers) lands on the same key: persistence makes it unique, job ids reuse it.
 */
export function editionKey(areaSlug: string, weekKey: WeekKey): string {
  if (!isAreaSlug(areaSlug)) {
    throw new BulletinError('INVALID_AREA', "Il codice dell'area non è valido.");
  }
  return `${areaSlug}:${parseWeekKey(weekKey)}`;
}

const AREA_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const AREA_SLUG_MAX = 64;

export function isAreaSlug(value: string): boolean {
  return value.length <= AREA_SLUG_MAX && AREA_SLUG_PATTERN.test(value);
}

export function assertValidArea(area: BulletinArea): void {
  if (!isAreaSlug(area.slug)) {
    throw new BulletinError(
      'INVALID_AREA',
      "Il codice dell'area deve contenere solo lettere minuscole, cifre e trattini (massimo 64 caratteri).",
    );
  }
  if (area.name.trim() === '') {
    throw new BulletinError('INVALID_AREA', "Il nome dell'area è obbligatorio.");
  }
}

export function sectionOf<C extends SectionCode>(
  edition: Edition,
  code: C,
): EditionSectionOf<C> | undefined {
  // A section's items are tied to its code, a link TypeScript cannot follow through `find`.
  return edition.sections.find((section) => section.code === code) as
    EditionSectionOf<C> | undefined;
}

/** Drafts are for editors; the public page and the e-mails show approved or sent editions. */
export function isPublic(edition: Edition): boolean {
  return edition.status !== 'DRAFT';
}

export function itemCount(edition: Edition): number {
  return edition.sections.reduce((total, section) => total + section.items.length, 0);
}

/** Every entry of the edition, section after section. */
export function editionItems(edition: Edition): EditionItem[] {
  return edition.sections.flatMap((section): readonly EditionItem[] => section.items);
}
