import type { TimeWindow } from '#libs/kernel';
import type {
  CourseItem,
  LanguageCourseItem,
  OfferItem,
  PolicyItem,
  ServiceItem,
} from './edition-items.js';

/*
 * Every item enters an edition through one of these copies. Fields are named one by one, never
 * spread: a row from the search port that also holds, say, the name of the candidate it was
 * matched with leaves that key behind. Dates and schedules are copied too, so an edition shares
 * no mutable object with its input.
 */

export function copyOffer(source: OfferItem): OfferItem {
  return withoutUndefined<OfferItem>({
    id: source.id,
    title: source.title,
    companyName: source.companyName,
    municipality: source.municipality,
    contractLabel: source.contractLabel,
    kmZero: source.kmZero === true,
    publishedAt: copyDate(source.publishedAt),
    expiresAt: copyOptionalDate(source.expiresAt),
    url: source.url,
    applyHow: source.applyHow,
  });
}

export function copyCourse(source: CourseItem): CourseItem {
  return withoutUndefined<CourseItem>({
    id: source.id,
    title: source.title,
    provider: source.provider,
    municipality: source.municipality,
    startsOn: copyOptionalDate(source.startsOn),
    hours: source.hours,
    free: source.free,
    expiresAt: copyOptionalDate(source.expiresAt),
    url: source.url,
    enrolHow: source.enrolHow,
  });
}

export function copyPolicy(source: PolicyItem): PolicyItem {
  return withoutUndefined<PolicyItem>({
    id: source.id,
    title: source.title,
    promoter: source.promoter,
    summary: source.summary,
    expiresAt: copyOptionalDate(source.expiresAt),
    url: source.url,
    accessHow: source.accessHow,
  });
}

export function copyLanguageCourse(source: LanguageCourseItem): LanguageCourseItem {
  return withoutUndefined<LanguageCourseItem>({
    id: source.id,
    title: source.title,
    provider: source.provider,
    cefrLevel: source.cefrLevel,
    hours: source.hours,
    place: source.place,
    schedule: source.schedule.map(copyWindow),
    startsOn: copyOptionalDate(source.startsOn),
    free: source.free,
    expiresAt: copyOptionalDate(source.expiresAt),
    url: source.url,
    enrolHow: source.enrolHow,
  });
}

export function copyService(source: ServiceItem): ServiceItem {
  return withoutUndefined<ServiceItem>({
    id: source.id,
    title: source.title,
    provider: source.provider,
    summary: source.summary,
    contact: source.contact,
    expiresAt: copyOptionalDate(source.expiresAt),
    url: source.url,
  });
}

function copyWindow(window: TimeWindow): TimeWindow {
  return { day: window.day, start: window.start, end: window.end };
}

function copyDate(date: Date): Date {
  return new Date(date.getTime());
}

function copyOptionalDate(date: Date | undefined): Date | undefined {
  return date === undefined ? undefined : copyDate(date);
}

/** Absent optional fields stay absent, so a stored edition has no `"url": null` noise. */
function withoutUndefined<T extends object>(item: T): T {
  return Object.fromEntries(Object.entries(item).filter(([, value]) => value !== undefined)) as T;
}
