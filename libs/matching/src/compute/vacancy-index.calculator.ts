import {
  cefrRank,
  compareIsoDates,
  daysBetween,
  distanceKm,
  type IsoDate,
  laterOf,
} from '#libs/kernel';
import type { CandidateMatchProfile, VacancyMatchProfile } from '../domain/match-profiles.types.js';
import type { MatchContext, PossiblePair } from '../domain/match-result.types.js';
import { missingLicences } from '../domain/driving-licences.rules.js';
import { NIGHT_WORK_TASK, taskKey } from '../domain/pair-facts.rules.js';
import { minutesInNight } from '../domain/schedule-fit.rules.js';
import { evaluatePair } from '../domain/match-explanation.rules.js';
import { allowedAreaFit } from '../domain/allowed-area.rules.js';
import { proposalsToOthers } from '../domain/match-scorer.rules.js';
import { comparePairs } from '../domain/pair-order.rules.js';
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
import { softPointsFor } from './soft-bound.calculator.js';

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
  publishedDay: number;
  /** What the taxonomy factors read of the vacancy: vacancies alike share their points. */
  softKey: string;
  /** Site in radians, for a quick planar test before the exact distance. */
  latRad: number;
  lngRad: number;
  /** Quarter hours the shifts fill; `null` when the schedule cannot fail (flexible or no shifts). */
  shiftSlots: WeekSlots | null;
  /** The licences the vacancy requires, as one key (people alike share the answer). */
  licenceKey: string;
  /** Its place in its cell's array. */
  slot: number;
  /** Its tasks (and whether a shift touches the night), as one key for the task limitations. */
  tasksKey: string;
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
const rowOf = (lat: number) => Math.floor((lat + 90) / CELL_DEGREES);
const colOf = (lng: number) => Math.floor((lng + 180) / CELL_DEGREES);
const cellOf = (lat: number, lng: number) => rowOf(lat) * ROW + colOf(lng);
/** Days since 1970-01-01 (recency needs only differences of days). */
const dayOf = (date: IsoDate) => daysBetween('1970-01-01', date);

/** Plain code-unit order: only the order in which bounds that tie are scored (not the ranking's). */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The k-th largest value (k from 1), by quickselect on a copy: linear on average. */
function kthLargest(values: Float64Array, k: number): number {
  const a = Float64Array.from(values);
  let lo = 0;
  let hi = a.length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] > pivot) i++;
      while (a[j] < pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return a[target];
  }
  return a[target];
}

/**
 * The pair in its place among the best (score, then the pair's tie key, as the core ranks them:
 * pair-order.rules.ts), at most `limit` of them.
 */
function insertRanked(best: PossiblePair[], pair: PossiblePair, limit: number): PossiblePair[] {
  let at = best.length;
  while (at > 0 && comparePairs(best[at - 1], pair) > 0) at -= 1;
  if (at >= limit) return best;
  best.splice(at, 0, pair);
  if (best.length > limit) best.pop();
  return best;
}
/**
 * The core's ALLOWED_AREA (checkAllowedArea) fails for certain: the area limits something (a circle
 * or some municipalities) and the site is neither in one of its municipalities nor within its circle.
 * An area the core would not read as a limit is never a reason to drop.
 */
function outsideArea(
  area: NonNullable<CandidateMatchProfile['allowedArea']>,
  vacancy: VacancyMatchProfile,
): boolean {
  const limits = area.centre !== undefined || (area.municipalities?.length ?? 0) > 0;
  if (!limits) return false;
  const fit = allowedAreaFit(area, vacancy);
  return !fit.inMunicipality && !fit.inCircle;
}

/** A degree of latitude is at least this long; the cells searched always cover the radius. */
const KM_PER_DEGREE_LAT = 110.5;
const EARTH_KM_SQUARED = 6371.0088 ** 2;
/** Rounding of nine factors and of their sum: the bound stays above every exact score. */
const ROUNDING_MARGIN = 0.1;

/**
 * The open vacancies kept in a worker's memory, for a candidate's best vacancies without a query:
 * a grid of their sites, their schedules as quarter-hour bitsets, and the organisations that may see
 * them. The index only drops a vacancy when one of the core's own hard constraints certainly fails
 * (distance, area, Italian level, hours, Law 68, right to work, schedule slots, licences, task
 * limitations), ranks
 * the rest by an upper bound of their score built from the core's own share functions, and lets the
 * core (evaluatePair) score the best few: the result is the core's ranking over every visible
 * vacancy.
 */
export class VacancyIndex {
  private readonly entries = new Map<string, Entry>();
  /** Entries by grid cell, as arrays (a removal swaps the last entry into its place). */
  private readonly cells = new Map<number, Entry[]>();

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
      publishedDay: dayOf(profile.publishedAt),
      softKey: [
        profile.occupationCode,
        profile.occupationText ?? '',
        ...profile.requiredSkills,
      ].join('\u0000'),
      licenceKey: profile.requiredLicences.join(','),
      tasksKey: [
        profile.shifts.some((shift) => minutesInNight(shift) > 0) ? NIGHT_WORK_TASK : '',
        ...profile.tasks,
      ].join('\u0000'),
      slot: 0,
      latRad: (profile.site.lat * Math.PI) / 180,
      lngRad: (profile.site.lng * Math.PI) / 180,
      shiftSlots:
        profile.flexibleHours || profile.shifts.length === 0 ? null : filledSlots(profile.shifts),
    };
    this.entries.set(profile.id, entry);
    let cell = this.cells.get(entry.cell);
    if (!cell) this.cells.set(entry.cell, (cell = []));
    entry.slot = cell.length;
    cell.push(entry);
  }

  remove(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.entries.delete(id);
    const cell = this.cells.get(entry.cell)!;
    const last = cell.pop()!;
    if (last !== entry) {
      cell[entry.slot] = last;
      last.slot = entry.slot;
    }
    if (cell.length === 0) this.cells.delete(entry.cell);
  }

  /**
   * The candidate's best `limit` vacancies among those visible to `organisationId`, exactly as the
   * core ranks them (same scores, same tie order). Every vacancy that passes the tests gets an upper
   * bound of its score from the facts the index holds and the taxonomy points (computed once per
   * kind of vacancy: vacancies alike share them). Only the few best bounds are sorted and scored by
   * the core; the rest is sorted only if the N-th best score falls below their best bound.
   */
  async topFor(
    candidate: CandidateMatchProfile,
    organisationId: string,
    context: MatchContext,
    limit: number,
    filters: MatchFilters = {},
  ): Promise<IndexedTop> {
    const others = new Map<string, VacancyMatchProfile>();
    if (candidate.rightToWork.kind === 'NONE' || limit === 0)
      return { pairs: [], others, survivors: 0, scored: 0 };
    const { entries, bounds } = this.survivors(candidate, organisationId, context, filters);
    let best: PossiblePair[] = [];
    let scored = 0;
    const cut = () => (best.length >= limit ? best[limit - 1].score : -Infinity);
    const byBound = (a: number, b: number) =>
      bounds[b] - bounds[a] || compareIds(entries[a].profile.id, entries[b].profile.id);
    const score = (order: readonly number[]) => {
      for (const i of order) {
        if (bounds[i] < cut()) return;
        scored += 1;
        const vacancy = entries[i].profile;
        others.set(vacancy.id, vacancy);
        const pair = evaluatePair(candidate, vacancy, context);
        if (pair.possible) best = insertRanked(best, pair, limit);
      }
    };
    const head = limit * 3 + 16;
    const threshold = entries.length > head ? kthLargest(bounds, head) : -Infinity;
    const first: number[] = [];
    const rest: number[] = [];
    for (let i = 0; i < entries.length; i++) (bounds[i] >= threshold ? first : rest).push(i);
    score(first.sort(byBound));
    // Everything left is bounded below `threshold`: it can enter only if the cut is lower still.
    if (rest.length > 0 && cut() < threshold) score(rest.sort(byBound));
    return { pairs: best, others, survivors: entries.length, scored };
  }

  /** The vacancies that pass the index's tests, with an upper bound of each one's score. */
  private survivors(
    candidate: CandidateMatchProfile,
    organisationId: string,
    context: MatchContext,
    filters: MatchFilters,
  ): { entries: Entry[]; bounds: Float64Array } {
    const weights = resolveWeights(context.weights);
    const today = dayOf(context.today);
    const rank = cefrRank(candidate.italianLevel);
    const availability = candidate.availability && touchedSlots(candidate.availability);
    const kmZeroRadius = candidate.kmZeroRadiusKm ?? MATCH_CURVES.kmZeroRadiusKm;
    const contracts = candidate.preferredContractTypes;
    const contractPoints = (contract: VacancyMatchProfile['contractType']) =>
      weights.PREFERRED_CONTRACT *
      (contracts.length === 0
        ? MATCH_CURVES.noPreferenceShare
        : contracts.includes(contract)
          ? 1
          : 0);
    const area = candidate.allowedArea;
    const hours = candidate.maxWeeklyHours;
    const l68 = candidate.l68Registration?.category ?? null;
    const radius = Math.min(candidate.maxTravelKm, filters.maxDistanceKm ?? Infinity);
    const fixed = ROUNDING_MARGIN;
    const softPointsOf = softPointsFor(context);
    const softKnown = new Map<string, number>();
    const licencesLacked = new Map<string, boolean>();
    const taskConflicts = new Map<string, boolean>();
    // The core's RIGHT_TO_WORK and TASK_LIMITATIONS, decided here exactly with the same rules.
    const permit = candidate.rightToWork;
    const permitEnds = permit.kind === 'PERMIT' ? (permit.expiresOn ?? null) : null;
    const limited = new Set(
      candidate.taskLimitations.map((limit) => taskKey(context.taxonomy, limit)),
    );
    const home = candidate.home;
    const homeLat = (home.lat * Math.PI) / 180;
    const homeLng = (home.lng * Math.PI) / 180;
    const homeCos = Math.cos(homeLat);
    // The planar distance errs by far less than 5 % within a region: beyond this, certainly too far.
    const planarLimit = (radius * 1.05 + 0.5) ** 2;
    const entries: Entry[] = [];
    const bounds: number[] = [];
    const dLat = radius / KM_PER_DEGREE_LAT;
    const cos = Math.cos(((Math.abs(home.lat) + dLat) * Math.PI) / 180);
    const dLng = cos > 0.01 ? dLat / cos : 360;
    const [fromRow, toRow] = [home.lat - dLat, home.lat + dLat].map((d) => rowOf(d));
    const [fromCol, toCol] = [home.lng - dLng, home.lng + dLng].map((d) => colOf(d));
    for (let row = fromRow; row <= toRow; row++) {
      for (let col = fromCol; col <= toCol; col++) {
        const cell = this.cells.get(row * ROW + col);
        if (cell === undefined) continue;
        for (let e = 0; e < cell.length; e++) {
          const entry = cell[e];
          const vacancy = entry.profile;
          if (entry.expiresOn !== null && entry.expiresOn < context.today) continue;
          if (entry.italianRank > rank || !entry.visibleTo.has(organisationId)) continue;
          if (vacancy.reservedL68 !== null && l68 !== vacancy.reservedL68) continue;
          if (hours !== null && vacancy.weeklyHours !== null && vacancy.weeklyHours > hours)
            continue;
          if (availability && entry.shiftSlots && !mayCover(availability, entry.shiftSlots))
            continue;
          if (
            filters.contractTypes?.length &&
            !filters.contractTypes.includes(vacancy.contractType)
          )
            continue;
          if (filters.kmZero && !vacancy.kmZero) continue;
          if (
            permitEnds !== null &&
            compareIsoDates(permitEnds, laterOf(vacancy.startDate, context.today)) < 0
          )
            continue;
          if (limited.size > 0) {
            let conflict = taskConflicts.get(entry.tasksKey);
            if (conflict === undefined) {
              conflict = entry.tasksKey
                .split('\u0000')
                .some((task) => task !== '' && limited.has(taskKey(context.taxonomy, task)));
              taskConflicts.set(entry.tasksKey, conflict);
            }
            if (conflict) continue;
          }
          if (entry.licenceKey !== '') {
            let lacks = licencesLacked.get(entry.licenceKey);
            if (lacks === undefined) {
              lacks =
                missingLicences(candidate.drivingLicences, vacancy.requiredLicences).length > 0;
              licencesLacked.set(entry.licenceKey, lacks);
            }
            if (lacks) continue;
          }
          if (filters.law68 && vacancy.reservedL68 === null) continue;
          const x = (entry.lngRad - homeLng) * homeCos;
          const y = entry.latRad - homeLat;
          if ((x * x + y * y) * EARTH_KM_SQUARED > planarLimit) continue;
          const km = distanceKm(home, vacancy.site);
          if (km > radius) continue;
          if (area && outsideArea(area, vacancy)) continue;
          let soft = softKnown.get(entry.softKey);
          if (soft === undefined) {
            soft = softPointsOf(candidate, vacancy);
            softKnown.set(entry.softKey, soft);
          }
          entries.push(entry);
          bounds.push(
            fixed +
              weights.DISTANCE * distanceShare(km) +
              (vacancy.kmZero && km <= kmZeroRadius ? weights.KM_ZERO : 0) +
              weights.LANGUAGE_MARGIN * languageMarginShare(rank - entry.italianRank) +
              contractPoints(vacancy.contractType) +
              weights.RECENCY * recencyShare(today - entry.publishedDay) +
              weights.FAIR_SHARE * fairShare(proposalsToOthers(vacancy, candidate.id)) +
              soft,
          );
        }
      }
    }
    return { entries, bounds: Float64Array.from(bounds) };
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
