import { cefrRank } from '#libs/kernel';
import type {
  CourseItem,
  LanguageCourseItem,
  OfferItem,
  PolicyItem,
  ServiceItem,
} from './edition-items.js';

/*
 * Each section has one total order, ending on the id, so the same input in any order composes the
 * same edition: a retried composition must not reshuffle what the editor already reviewed.
 */

type Compare<T> = (a: T, b: T) => number;

const italian = new Intl.Collator('it', { sensitivity: 'base', numeric: true });

/** Newest first: readers look for what is new since last week. */
export const offerOrder: Compare<OfferItem> = (a, b) =>
  b.publishedAt.getTime() - a.publishedAt.getTime() || byTitleThenId(a, b);

/** Soonest start first, then soonest enrolment deadline. */
export const courseOrder: Compare<CourseItem> = (a, b) =>
  byOptionalDate(a.startsOn, b.startsOn) ||
  byOptionalDate(a.expiresAt, b.expiresAt) ||
  byTitleThenId(a, b);

/** Closing soonest first: a deadline is the reason to read a policy this week. */
export const policyOrder: Compare<PolicyItem> = (a, b) =>
  byOptionalDate(a.expiresAt, b.expiresAt) || byTitleThenId(a, b);

/** From literacy up to C2, so beginners find their course at the top. */
export const languageCourseOrder: Compare<LanguageCourseItem> = (a, b) =>
  cefrRank(a.cefrLevel) - cefrRank(b.cefrLevel) ||
  byOptionalDate(a.startsOn, b.startsOn) ||
  byTitleThenId(a, b);

export const serviceOrder: Compare<ServiceItem> = byTitleThenId;

function byTitleThenId(a: { title: string; id: string }, b: { title: string; id: string }): number {
  return italian.compare(a.title, b.title) || byId(a.id, b.id);
}

/** Code-point order: locale rules must not decide which of two duplicates survives. */
function byId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Dated entries before undated ones. */
function byOptionalDate(a: Date | undefined, b: Date | undefined): number {
  if (a === undefined || b === undefined)
    return (a === undefined ? 1 : 0) - (b === undefined ? 1 : 0);
  return a.getTime() - b.getTime();
}

/** Same vacancy reposted under another id (job boards do): same title, company and municipality. */
export function offerFingerprint(offer: OfferItem): string | undefined {
  if (offer.companyName === undefined || offer.companyName.trim() === '') return undefined;
  return [offer.title, offer.companyName, offer.municipality].map(normalise).join('|');
}

function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
