import { cefrRank, daysBetween, distanceKm, type IsoDate } from '#libs/kernel';
import type { CandidateMatchProfile, VacancyMatchProfile } from '../domain/match-profiles.types.js';
import type { MatchContext, PossiblePair } from '../domain/match-result.types.js';
import { evaluatePair } from '../domain/match-explanation.rules.js';
import {
  distanceShare,
  fairShare,
  languageMarginShare,
  MATCH_CURVES,
  recencyShare,
  resolveWeights,
} from '../domain/match-weights.rules.js';
import { filledSlots, mayCover, touchedSlots, type WeekSlots } from '../domain/week-slots.rules.js';
import type { MatchFilters } from '../store/prefilter.sql.js';
import { byBound, softPointsFor } from './soft-bound.calculator.js';
import { topMatches } from './top-matches.calculator.js';

/** An open vacancy as the index keeps it: the core's profile and what the index tests quickly. */
export interface IndexedVacancy {
  profile: VacancyMatchProfile;
  organisationId: string;
  /** The organisations whose people may be matched with it (see vacancy-visibility.reader). */
  visibleTo: ReadonlySet<string>;
  /** Open until this day included; `null`: no expiry. */
  expiresOn: IsoDate | null;
}

interface Entry extends IndexedVacancy {
  cell: number;
  italianRank: number;
  /** Quarter hours the shifts fill; `null` when the schedule cannot fail (flexible or no shifts). */
  shiftSlots: WeekSlots | null;
}

export interface IndexedTop {
  pairs: PossiblePair[];
  others: Map<string, VacancyMatchProfile>;
  /** Vacancies that passed the index's tests, and how many of them the core scored. */
  survivors: number;
  scored: number;
}

/** Grid cells of about 5.5 km (latitude) by 4 km (longitude, in Lombardy). */
const CELL_DEGREES = 0.05;
const ROW = 100_000;
const cellOf = (lat: number, lng: number) =>
  Math.floor((lat + 90) / CELL_DEGREES) * ROW + Math.floor((lng + 180) / CELL_DEGREES);
/** A degree of latitude is at least this long; the cells searched always cover the radius. */
const KM_PER_DEGREE_LAT = 110.5;
/** Rounding of nine factors and of their sum: the bound stays above every exact score. */
const ROUNDING_MARGIN = 0.1;

/**
 * The open vacancies kept in a worker's memory, for a candidate's best vacancies without a query:
 * a grid of their sites, their schedules as quarter-hour bitsets, and the organisations that may see
 * them. The index only drops a vacancy when one of the core's own hard constraints certainly fails
 * (distance, area, Italian level, hours, Law 68, right to work, schedule slots), ranks the rest by an
 * upper bound of their score built from the core's own share functions, and lets the core
 * (evaluatePair) score the best few: the result is the core's ranking over every visible vacancy.
 */
export class VacancyIndex {
  private readonly entries = new Map<string, Entry>();
  private readonly cells = new Map<number, Set<Entry>>();

  get size(): number {
    return this.entries.size;
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  get(id: string): IndexedVacancy | undefined {
    return this.entries.get(id);
  }

  upsert(vacancy: IndexedVacancy): void {
    this.remove(vacancy.profile.id);
    const { profile } = vacancy;
    const entry: Entry = {
      ...vacancy,
      cell: cellOf(profile.site.lat, profile.site.lng),
      italianRank: cefrRank(profile.minItalianLevel),
      shiftSlots:
        profile.flexibleHours || profile.shifts.length === 0 ? null : filledSlots(profile.shifts),
    };
    this.entries.set(profile.id, entry);
    let cell = this.cells.get(entry.cell);
    if (!cell) this.cells.set(entry.cell, (cell = new Set()));
    cell.add(entry);
  }

  remove(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.entries.delete(id);
    const cell = this.cells.get(entry.cell);
    cell?.delete(entry);
    if (cell?.size === 0) this.cells.delete(entry.cell);
  }

  /** Vacancies open on `today` whose site is within `radiusKm` of `point` (cells, then exact km). */
  private *near(point: { lat: number; lng: number }, radiusKm: number, today: IsoDate) {
    const dLat = radiusKm / KM_PER_DEGREE_LAT;
    const cos = Math.cos(((Math.abs(point.lat) + dLat) * Math.PI) / 180);
    const dLng = cos > 0.01 ? dLat / cos : 360;
    const [fromRow, fromCol] = [point.lat - dLat, point.lng - dLng].map((d, i) =>
      Math.floor((d + (i === 0 ? 90 : 180)) / CELL_DEGREES),
    );
    const [toRow, toCol] = [point.lat + dLat, point.lng + dLng].map((d, i) =>
      Math.floor((d + (i === 0 ? 90 : 180)) / CELL_DEGREES),
    );
    for (let row = fromRow; row <= toRow; row++) {
      for (let col = fromCol; col <= toCol; col++) {
        const cell = this.cells.get(row * ROW + col);
        if (!cell) continue;
        for (const entry of cell) {
          if (entry.expiresOn !== null && entry.expiresOn < today) continue;
          yield entry;
        }
      }
    }
  }

  /**
   * The candidate's best `limit` vacancies among those visible to `organisationId`, exactly as the
   * core ranks them (same scores, same tie order).
   */
  async topFor(
    candidate: CandidateMatchProfile,
    organisationId: string,
    context: MatchContext,
    limit: number,
    filters: MatchFilters = {},
  ): Promise<IndexedTop> {
    const others = new Map<string, VacancyMatchProfile>();
    if (candidate.rightToWork.kind === 'NONE')
      return { pairs: [], others, survivors: 0, scored: 0 };
    const weights = resolveWeights(context.weights);
    const softPoints = softPointsFor(context);
    const rank = cefrRank(candidate.italianLevel);
    const availability = candidate.availability && touchedSlots(candidate.availability);
    const kmZeroRadius = candidate.kmZeroRadiusKm ?? MATCH_CURVES.kmZeroRadiusKm;
    const contracts = candidate.preferredContractTypes;
    const area = candidate.allowedArea;
    const radius = Math.min(candidate.maxTravelKm, filters.maxDistanceKm ?? Infinity);
    const ranked: Array<{ id: string; bound: number }> = [];
    for (const entry of this.near(candidate.home, radius, context.today)) {
      const vacancy = entry.profile;
      if (!entry.visibleTo.has(organisationId) || entry.italianRank > rank) continue;
      if (
        vacancy.reservedL68 !== null &&
        candidate.l68Registration?.category !== vacancy.reservedL68
      )
        continue;
      if (
        candidate.maxWeeklyHours !== null &&
        vacancy.weeklyHours !== null &&
        vacancy.weeklyHours > candidate.maxWeeklyHours
      )
        continue;
      if (availability && entry.shiftSlots && !mayCover(availability, entry.shiftSlots)) continue;
      if (filters.contractTypes?.length && !filters.contractTypes.includes(vacancy.contractType))
        continue;
      if (filters.kmZero && !vacancy.kmZero) continue;
      if (filters.law68 && vacancy.reservedL68 === null) continue;
      const km = distanceKm(candidate.home, vacancy.site);
      if (km > candidate.maxTravelKm || km > (filters.maxDistanceKm ?? Infinity)) continue;
      if (area && distanceKm(area.centre, vacancy.site) > area.radiusKm) continue;
      const bound =
        ROUNDING_MARGIN +
        weights.DISTANCE * distanceShare(km) +
        (vacancy.kmZero && km <= kmZeroRadius ? weights.KM_ZERO : 0) +
        weights.LANGUAGE_MARGIN * languageMarginShare(rank - entry.italianRank) +
        weights.PREFERRED_CONTRACT *
          (contracts.length === 0
            ? MATCH_CURVES.noPreferenceShare
            : contracts.includes(vacancy.contractType)
              ? 1
              : 0) +
        weights.RECENCY * recencyShare(daysBetween(vacancy.publishedAt, context.today)) +
        weights.FAIR_SHARE * fairShare(vacancy.recentProposals) +
        softPoints(candidate, vacancy);
      ranked.push({ id: vacancy.id, bound });
    }
    ranked.sort(byBound);
    const { pairs, scored } = await topMatches(
      ranked,
      limit,
      (pair) => pair.vacancyId,
      async (ids) =>
        ids.flatMap((id) => {
          const vacancy = this.entries.get(id)!.profile;
          others.set(id, vacancy);
          const pair = evaluatePair(candidate, vacancy, context);
          return pair.possible ? [pair] : [];
        }),
    );
    return { pairs, others, survivors: ranked.length, scored };
  }

  /** Every indexed profile visible to the organisation and open on `today` (for the naive path). */
  visibleTo(organisationId: string, today: IsoDate): VacancyMatchProfile[] {
    return [...this.entries.values()]
      .filter(
        (entry) =>
          entry.visibleTo.has(organisationId) &&
          (entry.expiresOn === null || entry.expiresOn >= today),
      )
      .map((entry) => entry.profile);
  }
}
