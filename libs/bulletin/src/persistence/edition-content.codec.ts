import {
  copyCourse,
  copyLanguageCourse,
  copyOffer,
  copyPolicy,
  copyService,
} from '../domain/edition-item.mapper.js';
import type {
  CourseItem,
  LanguageCourseItem,
  OfferItem,
  PolicyItem,
  ServiceItem,
} from '../domain/edition-items.js';
import {
  type EditionSection,
  SECTION_CODES,
  SECTION_TITLES,
  type SectionCode,
} from '../domain/edition-sections.js';
import { AUTOMATIC_APPROVAL, type Approver, type Edition } from '../domain/edition.js';
import { parseWeekKey } from '../domain/edition-week.js';
import type { BulletinEditionEntity } from './bulletin-edition.entity.js';

/** An item as stored in jsonb: dates are ISO strings. */
export type StoredItem = Record<string, unknown>;

export interface StoredSection {
  code: SectionCode;
  title: string;
  omittedCount: number;
  items: StoredItem[];
}

export interface EditionContentJson {
  area: { slug: string; name: string };
  /** The sections the area's bulletin shows; the others are composed empty and never printed. */
  shownSections: SectionCode[];
  sections: StoredSection[];
}

const DATE_FIELDS = ['publishedAt', 'expiresAt', 'startsOn'] as const;

/** The part of an edition that is frozen as content; status and dates live in columns. */
export function encodeEditionContent(
  edition: Edition,
  shownSections: readonly SectionCode[],
): EditionContentJson {
  return JSON.parse(
    JSON.stringify({
      area: edition.area,
      shownSections: SECTION_CODES.filter((code) => shownSections.includes(code)),
      sections: edition.sections,
    }),
  ) as EditionContentJson;
}

/** The edition as one reader sees it: only the sections both the area and the reader chose. */
export function withSections(edition: Edition, codes: readonly SectionCode[]): Edition {
  return {
    ...edition,
    sections: edition.sections.filter((section) => codes.includes(section.code)),
  };
}

export function decodeEdition(row: BulletinEditionEntity): Edition {
  const stored = new Map(row.content.sections.map((section) => [section.code, section]));
  return {
    area: { slug: row.content.area.slug, name: row.content.area.name },
    weekKey: parseWeekKey(row.weekKey),
    status: row.status,
    composedAt: row.composedAt,
    newOffersSince: row.newOffersSince,
    sections: SECTION_CODES.map((code) => decodeSection(code, stored.get(code))),
    approvedAt: row.approvedAt ?? undefined,
    approvedBy: approver(row),
    sentAt: row.sentAt ?? undefined,
  };
}

function approver(row: BulletinEditionEntity): Approver | undefined {
  if (row.approvedAutomatically) return AUTOMATIC_APPROVAL;
  return row.approvedByUserId ? { kind: 'EDITOR', editorId: row.approvedByUserId } : undefined;
}

/**
 * Items go back through the same field-by-field copies the composer uses, so a row edited by hand
 * in the database cannot add a field to what is mailed and published.
 */
function decodeSection(code: SectionCode, stored: StoredSection | undefined): EditionSection {
  // Stored by encodeEditionContent from items of the section's own type.
  const items: unknown[] = (stored?.items ?? []).map(reviveDates);
  const base = {
    title: stored?.title ?? SECTION_TITLES[code],
    omittedCount: stored?.omittedCount ?? 0,
  };
  switch (code) {
    case 'OPEN_MARKET':
      return { ...base, code, items: items.map((item) => copyOffer(item as OfferItem)) };
    case 'KM_ZERO':
      return { ...base, code, items: items.map((item) => copyOffer(item as OfferItem)) };
    case 'TRAINING':
      return { ...base, code, items: items.map((item) => copyCourse(item as CourseItem)) };
    case 'ACTIVE_POLICIES':
      return { ...base, code, items: items.map((item) => copyPolicy(item as PolicyItem)) };
    case 'ITALIAN_COURSES':
      return {
        ...base,
        code,
        items: items.map((item) => copyLanguageCourse(item as LanguageCourseItem)),
      };
    case 'USEFUL_SERVICES':
      return { ...base, code, items: items.map((item) => copyService(item as ServiceItem)) };
  }
}

function reviveDates(item: StoredItem): StoredItem {
  const revived: StoredItem = { ...item };
  for (const field of DATE_FIELDS) {
    const value = item[field];
    if (typeof value === 'string') revived[field] = new Date(value);
  }
  return revived;
}

/** Writes an edited Edition back into its row (content and approval columns). */
export function storeEdition(row: BulletinEditionEntity, edition: Edition): void {
  row.content = encodeEditionContent(edition, row.content.shownSections);
  row.status = edition.status;
  row.approvedAt = edition.approvedAt ?? null;
  row.approvedAutomatically = edition.approvedBy?.kind === 'AUTOMATIC';
  row.approvedByUserId = edition.approvedBy?.kind === 'EDITOR' ? edition.approvedBy.editorId : null;
  row.sentAt = edition.sentAt ?? null;
}

/** The stored edition with only the sections its area shows (what pages and e-mails render). */
export function decodeShownEdition(row: BulletinEditionEntity): Edition {
  return withSections(decodeEdition(row), row.content.shownSections);
}
