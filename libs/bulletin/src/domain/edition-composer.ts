import { BulletinError } from './bulletin.error.js';
import { type BulletinArea, type Edition, assertValidArea } from './edition.js';
import {
  copyCourse,
  copyLanguageCourse,
  copyOffer,
  copyPolicy,
  copyService,
} from './edition-item.mapper.js';
import type { OfferItem } from './edition-items.js';
import {
  courseOrder,
  languageCourseOrder,
  offerFingerprint,
  offerOrder,
  policyOrder,
  serviceOrder,
} from './edition-ordering.js';
import {
  DEFAULT_SECTION_LIMITS,
  type EditionSectionOf,
  SECTION_CODES,
  SECTION_TITLES,
  type SectionCode,
  type SectionItemMap,
  type SectionLimits,
} from './edition-sections.js';
import { type WeekKey, previousWeek, weekBounds } from './edition-week.js';

/** What the search port returned for each section, before any rule of the bulletin is applied. */
export type FetchedItems = { readonly [C in SectionCode]?: readonly SectionItemMap[C][] };

export interface ComposeEditionInput {
  area: BulletinArea;
  weekKey: WeekKey;
  /** When the area's previous edition was composed (its query cut-off); null for the first one. */
  previousEditionAt: Date | null;
  now: Date;
  /** When every entry must still be open: `now` unless the edition is for a week ahead. */
  openAt?: Date;
  fetched: FetchedItems;
  limits?: Partial<SectionLimits>;
}

/**
 * Builds a DRAFT edition from items already fetched. The rules:
 * - every entry must still be open at `openAt` (`expiresAt` strictly after it; `now` when not
 *   given) and offers must be published by `now`;
 * - open-market offers must be published after the previous edition's cut-off; the first edition
 *   of an area looks back to the start of the week before its own;
 * - km-zero offers stay while they are open: they are few and local, and readers bound to school
 *   hours need them until they are filled;
 * - an offer that qualifies for km zero (same id, or the same vacancy reposted) is never repeated
 *   among the open-market offers, even when the km-zero limit leaves it out;
 * - duplicates are dropped, each section has one total order and a limit.
 */
export function composeEdition(input: ComposeEditionInput): Edition {
  const { now, fetched } = input;
  assertValidArea(input.area);
  assertValidInstant(now, 'La data di composizione');
  const openAt = input.openAt ?? now;
  assertValidInstant(openAt, 'La data in cui le voci devono essere ancora aperte');
  const limits = resolveLimits(input.limits);
  const newOffersSince = input.previousEditionAt ?? weekBounds(previousWeek(input.weekKey)).start;
  assertValidInstant(newOffersSince, "La data dell'edizione precedente");
  if (newOffersSince.getTime() > now.getTime()) {
    throw new BulletinError(
      'INVALID_COMPOSE_INPUT',
      "L'edizione precedente risulta composta dopo l'istante di composizione di questa.",
    );
  }

  const isOpen = (item: { expiresAt?: Date }) =>
    item.expiresAt === undefined || item.expiresAt.getTime() > openAt.getTime();
  const isPublished = (offer: OfferItem) => offer.publishedAt.getTime() <= now.getTime();

  const kmZero = (fetched.KM_ZERO ?? [])
    .map(copyOffer)
    .filter((offer) => offer.kmZero && isOpen(offer) && isPublished(offer));
  const kmZeroKeys = new Set(kmZero.flatMap(offerKeys));
  const openMarket = (fetched.OPEN_MARKET ?? [])
    .map(copyOffer)
    .filter(
      (offer) =>
        isOpen(offer) &&
        isPublished(offer) &&
        offer.publishedAt.getTime() > newOffersSince.getTime() &&
        !offerKeys(offer).some((key) => kmZeroKeys.has(key)),
    );

  return {
    area: { slug: input.area.slug, name: input.area.name.trim() },
    weekKey: input.weekKey,
    status: 'DRAFT',
    composedAt: new Date(now.getTime()),
    newOffersSince: new Date(newOffersSince.getTime()),
    sections: [
      finish('OPEN_MARKET', openMarket, offerOrder, offerKeys, limits),
      finish('KM_ZERO', kmZero, offerOrder, offerKeys, limits),
      finish(
        'TRAINING',
        (fetched.TRAINING ?? []).map(copyCourse).filter(isOpen),
        courseOrder,
        idKey,
        limits,
      ),
      finish(
        'ACTIVE_POLICIES',
        (fetched.ACTIVE_POLICIES ?? []).map(copyPolicy).filter(isOpen),
        policyOrder,
        idKey,
        limits,
      ),
      finish(
        'ITALIAN_COURSES',
        (fetched.ITALIAN_COURSES ?? []).map(copyLanguageCourse).filter(isOpen),
        languageCourseOrder,
        idKey,
        limits,
      ),
      finish(
        'USEFUL_SERVICES',
        (fetched.USEFUL_SERVICES ?? []).map(copyService).filter(isOpen),
        serviceOrder,
        idKey,
        limits,
      ),
    ],
  };
}

/** Sorts, keeps the first entry for each identity, then cuts to the section's limit. */
function finish<C extends SectionCode>(
  code: C,
  items: SectionItemMap[C][],
  order: (a: SectionItemMap[C], b: SectionItemMap[C]) => number,
  identities: (item: SectionItemMap[C]) => string[],
  limits: SectionLimits,
): EditionSectionOf<C> {
  const seen = new Set<string>();
  const unique = [...items].sort(order).filter((item) => {
    const keys = identities(item);
    if (keys.some((key) => seen.has(key))) return false;
    keys.forEach((key) => seen.add(key));
    return true;
  });
  const limit = limits[code];
  return {
    code,
    title: SECTION_TITLES[code],
    items: unique.slice(0, limit),
    omittedCount: Math.max(0, unique.length - limit),
  };
}

function idKey(item: { id: string }): string[] {
  return [`id:${item.id}`];
}

function offerKeys(offer: OfferItem): string[] {
  const fingerprint = offerFingerprint(offer);
  return fingerprint === undefined ? idKey(offer) : [...idKey(offer), `same:${fingerprint}`];
}

function resolveLimits(overrides: Partial<SectionLimits> = {}): SectionLimits {
  const limits = { ...DEFAULT_SECTION_LIMITS };
  for (const code of SECTION_CODES) {
    const value = overrides[code];
    if (value === undefined) continue;
    if (!Number.isInteger(value) || value < 0) {
      throw new BulletinError(
        'INVALID_COMPOSE_INPUT',
        `Il limite della sezione «${SECTION_TITLES[code]}» deve essere un numero intero non negativo.`,
      );
    }
    limits[code] = value;
  }
  return limits;
}

function assertValidInstant(date: Date, what: string): void {
  if (Number.isNaN(date.getTime())) {
    throw new BulletinError('INVALID_COMPOSE_INPUT', `${what} non è valida.`);
  }
}
