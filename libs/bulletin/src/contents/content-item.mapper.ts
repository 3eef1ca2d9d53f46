import type {
  CourseItem,
  LanguageCourseItem,
  PolicyItem,
  ServiceItem,
} from '../domain/edition-items.js';
import type { BulletinContentEntity } from '../persistence/bulletin-content.entity.js';
import { closesAfterDay, startOfDay } from './rome-dates.js';

/** A content row with the name of its municipality, as the composition query returns it. */
export type ContentRow = BulletinContentEntity & { municipalityName: string | null };

/*
 * A record becomes an edition item with public fields only. An entry stays in the bulletin until
 * enrolment closes or, without a deadline, until it ends.
 */

function expiresAt(row: ContentRow): Date | undefined {
  const lastDay = row.enrolBy ?? row.endsOn;
  return lastDay ? closesAfterDay(lastDay) : undefined;
}

const optional = <T>(value: T | null): T | undefined => value ?? undefined;

export function toCourseItem(row: ContentRow): CourseItem {
  return {
    id: row.id,
    title: row.title,
    provider: row.provider,
    municipality: row.municipalityName ?? row.place ?? '',
    startsOn: row.startsOn ? startOfDay(row.startsOn) : undefined,
    hours: optional(row.hours),
    free: optional(row.free),
    expiresAt: expiresAt(row),
    url: optional(row.url),
    enrolHow: optional(row.howTo),
  };
}

export function toPolicyItem(row: ContentRow): PolicyItem {
  return {
    id: row.id,
    title: row.title,
    promoter: row.provider,
    summary: withTarget(row),
    expiresAt: expiresAt(row),
    url: optional(row.url),
    accessHow: optional(row.howTo),
  };
}

export function toLanguageCourseItem(row: ContentRow): LanguageCourseItem {
  return {
    id: row.id,
    title: row.title,
    provider: row.provider,
    // Both are required for Italian courses (checked on write and by the database).
    cefrLevel: row.cefrLevel ?? 'A1',
    hours: row.hours ?? 0,
    place: [row.place, row.municipalityName].filter(Boolean).join(', '),
    schedule: row.schedule,
    startsOn: row.startsOn ? startOfDay(row.startsOn) : undefined,
    free: optional(row.free),
    expiresAt: expiresAt(row),
    url: optional(row.url),
    enrolHow: optional(row.howTo),
  };
}

export function toServiceItem(row: ContentRow): ServiceItem {
  return {
    id: row.id,
    title: row.title,
    provider: row.provider,
    summary: withTarget(row),
    contact: optional(row.contact ?? row.place),
    expiresAt: expiresAt(row),
    url: optional(row.url),
  };
}

/** Readers decide in a glance whether an entry is for them: 'Per: donne disoccupate'. */
function withTarget(row: ContentRow): string {
  const target = row.target?.trim();
  return target ? `${row.summary.trim()} Per: ${target}.`.trim() : row.summary;
}
