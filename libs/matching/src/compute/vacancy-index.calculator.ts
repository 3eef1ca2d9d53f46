import { cefrRank, EARTH_RADIUS_KM, haversineKm, type IsoDate } from '#libs/kernel';
import type { CandidateMatchProfile, VacancyMatchProfile } from '../domain/match-profiles.types.js';
import type { MatchContext, PossiblePair } from '../domain/match-result.types.js';
import { missingLicences } from '../domain/driving-licences.rules.js';
import { NIGHT_WORK_TASK, taskKey } from '../domain/pair-facts.rules.js';
import { minutesInNight } from '../domain/schedule-fit.rules.js';
import { evaluatePair } from '../domain/match-explanation.rules.js';
import { proposalsToOthers } from '../domain/match-scorer.rules.js';
import { comparePairs } from '../domain/pair-order.rules.js';
import {
  fairShare,
  languageMarginShare,
  MATCH_CURVES,
  recencyShare,
  resolveWeights,
} from '../domain/match-weights.rules.js';
import { filledSlots, mayCover, touchedSlots, type WeekSlots } from '../domain/week-slots.rules.js';
import type { MatchFilters } from '../store/prefilter.sql.js';
import {
  cellOf,
  colOf,
  dayOf,
  distanceShareBound,
  EARTH_KM_SQUARED,
  grown,
  Interner,
  KM_PER_DEGREE_LAT,
  NO_EXPIRY,
  outsideArea,
  planarErrorShare,
  ROUNDING_MARGIN,
  ROW,
  rowOf,
} from './memory-grid.calculator.js';
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

export interface IndexedTop {
  pairs: PossiblePair[];
  others: Map<string, VacancyMatchProfile>;
  /** Vacancies that passed the index's tests, and how many of them the core scored. */
  survivors: number;
  scored: number;
}

/** Plain code-unit order: only the order in which bounds that tie are scored (not the ranking's). */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The k-th largest value (k from 1), by quickselect on a copy: linear on average. */
function kthLargest(values: Float64Array, k: number, scratch: Float64Array): number {
  const a = scratch.subarray(0, values.length);
  a.set(values);
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
/** Ages (days since publication) whose recency points a call memoises. */
const RECENCY_MEMO_DAYS = 512;

/**
 * The open vacancies kept in a worker's memory, for a candidate's best vacancies without a query:
 * a grid of their sites, their schedules as quarter-hour bitsets, and the organisations that may
 * see them as one bitset per organisation. What the scan tests for every vacancy is kept in typed
 * arrays by slot (a vacancy's place in them): the scan reads numbers, not objects. The index only
 * drops a vacancy when one of the core's own hard constraints certainly fails (distance, area,
 * Italian level, hours, Law 68, right to work, schedule slots, licences, task limitations), ranks
 * the rest by an upper bound of their score built from the core's own share functions, and lets the
 * core (evaluatePair) score the best few: the result is the core's ranking over every visible
 * vacancy.
 */
export class VacancyIndex {
  private readonly slots = new Map<string, number>();
  private readonly items: Array<IndexedVacancy | undefined> = [];
  private readonly freeSlots: number[] = [];
  /** Slots by grid cell (a removal swaps the cell's last slot into its place: cellPlace). */
  private readonly cells = new Map<number, number[]>();
  /** For each organisation, the slots of the vacancies it sees, one bit each. */
  private readonly seenBy = new Map<string, Uint32Array>();
  private readonly softKeys = new Interner();
  private readonly licenceKeys = new Interner();
  private readonly taskKeys = new Interner();
  private readonly contracts = new Interner();
  private readonly l68Categories = new Interner();
  private capacity = 0;
  /**
   * Reused by every scan (a scan runs to its end before another starts): the slots near home, the
   * survivors and their bounds, and a copy for the selection of the best bounds.
   */
  private scratch = {
    near: new Int32Array(1024),
    slots: new Int32Array(1024),
    bounds: new Float64Array(1024),
    copy: new Float64Array(1024),
  };
  private cell = new Float64Array(0);
  private cellPlace = new Int32Array(0);
  private lat = new Float64Array(0);
  private lng = new Float64Array(0);
  private cosLat = new Float64Array(0);
  private latRad = new Float64Array(0);
  private lngRad = new Float64Array(0);
  private italianRank = new Int8Array(0);
  /** NaN: no weekly hours stated. */
  private weeklyHours = new Float64Array(0);
  private expiresDay = new Int32Array(0);
  private startDay = new Int32Array(0);
  private publishedDay = new Int32Array(0);
  /** 0: not reserved; else the category's interned id + 1. */
  private l68 = new Int8Array(0);
  private kmZero = new Uint8Array(0);
  private contract = new Int32Array(0);
  private recentProposals = new Int32Array(0);
  /** What the taxonomy factors read of the vacancy: vacancies alike share their points. */
  private softKey = new Int32Array(0);
  /** The licences it requires, as one key (people alike share the answer); -1: none. */
  private licenceKey = new Int32Array(0);
  /** Its tasks (and whether a shift touches the night), as one key for the task limitations. */
  private tasksKey = new Int32Array(0);
  /**
   * The quarter hours the shifts fill, as an interned pattern (vacancies with the same shifts share
   * the answer); -1 when the schedule cannot fail (flexible or no shifts).
   */
  private shiftKey = new Int32Array(0);
  private readonly shiftKeys = new Interner();
  private readonly shiftPatterns: WeekSlots[] = [];

  get size(): number {
    return this.slots.size;
  }

  has(id: string): boolean {
    return this.slots.has(id);
  }

  get(id: string): IndexedVacancy | undefined {
    const slot = this.slots.get(id);
    return slot === undefined ? undefined : this.items[slot];
  }

  /**
   * Upserts many vacancies, in the order of their grid cells: a scan reads the vacancies of the
   * cells around home one row of cells after the other, and vacancies that are neighbours in the
   * grid are then neighbours in the typed arrays too. Loaded in the order of their ids, each
   * vacancy a scan read was a miss of the processor's caches: the scan of a person's top 20 took
   * 2.4 ms at regional size, 1.3 ms in the order of the cells.
   */
  upsertMany(vacancies: readonly IndexedVacancy[]): void {
    const cells = vacancies.map(({ profile }) => cellOf(profile.site.lat, profile.site.lng));
    const order = vacancies.map((_, i) => i).sort((a, b) => cells[a] - cells[b]);
    for (const i of order) this.upsert(vacancies[i]);
  }

  upsert(vacancy: IndexedVacancy): void {
    this.remove(vacancy.profile.id);
    const { profile } = vacancy;
    const slot = this.freeSlots.pop() ?? this.items.length;
    if (slot >= this.capacity) this.grow(Math.max(1024, this.capacity * 2));
    this.slots.set(profile.id, slot);
    this.items[slot] = vacancy;
    this.lat[slot] = profile.site.lat;
    this.lng[slot] = profile.site.lng;
    this.cosLat[slot] = Math.cos((profile.site.lat * Math.PI) / 180);
    this.latRad[slot] = (profile.site.lat * Math.PI) / 180;
    this.lngRad[slot] = (profile.site.lng * Math.PI) / 180;
    this.italianRank[slot] = cefrRank(profile.minItalianLevel);
    this.weeklyHours[slot] = profile.weeklyHours ?? NaN;
    this.expiresDay[slot] = vacancy.expiresOn === null ? NO_EXPIRY : dayOf(vacancy.expiresOn);
    this.startDay[slot] = dayOf(profile.startDate);
    this.publishedDay[slot] = dayOf(profile.publishedAt);
    this.l68[slot] =
      profile.reservedL68 === null ? 0 : this.l68Categories.id(profile.reservedL68) + 1;
    this.kmZero[slot] = profile.kmZero ? 1 : 0;
    this.contract[slot] = this.contracts.id(profile.contractType);
    this.recentProposals[slot] = profile.recentProposals;
    this.softKey[slot] = this.softKeys.id(
      [profile.occupationCode, profile.occupationText ?? '', ...profile.requiredSkills].join(
        '\u0000',
      ),
    );
    this.licenceKey[slot] =
      profile.requiredLicences.length === 0
        ? -1
        : this.licenceKeys.id(profile.requiredLicences.join(','));
    this.tasksKey[slot] = this.taskKeys.id(
      [
        profile.shifts.some((shift) => minutesInNight(shift) > 0) ? NIGHT_WORK_TASK : '',
        ...profile.tasks,
      ].join('\u0000'),
    );
    this.shiftKey[slot] =
      profile.flexibleHours || profile.shifts.length === 0 ? -1 : this.shiftPattern(profile.shifts);
    for (const organisation of vacancy.visibleTo) {
      let seen = this.seenBy.get(organisation);
      if (!seen) this.seenBy.set(organisation, (seen = new Uint32Array(this.capacity >>> 5)));
      seen[slot >>> 5] |= 1 << (slot & 31);
    }
    const key = cellOf(profile.site.lat, profile.site.lng);
    this.cell[slot] = key;
    let cell = this.cells.get(key);
    if (!cell) this.cells.set(key, (cell = []));
    this.cellPlace[slot] = cell.length;
    cell.push(slot);
  }

  remove(id: string): void {
    const slot = this.slots.get(id);
    if (slot === undefined) return;
    const vacancy = this.items[slot]!;
    this.slots.delete(id);
    this.items[slot] = undefined;
    for (const organisation of vacancy.visibleTo) {
      const seen = this.seenBy.get(organisation);
      if (seen) seen[slot >>> 5] &= ~(1 << (slot & 31));
    }
    const cell = this.cells.get(this.cell[slot])!;
    const last = cell.pop()!;
    if (last !== slot) {
      cell[this.cellPlace[slot]] = last;
      this.cellPlace[last] = this.cellPlace[slot];
    }
    if (cell.length === 0) this.cells.delete(this.cell[slot]);
    this.freeSlots.push(slot);
  }

  /** The scratch arrays, at least `size` long (the near slots they hold are kept, the rest is not). */
  private scratchFor(size: number): VacancyIndex['scratch'] {
    if (size > this.scratch.near.length) {
      const length = Math.max(size, this.scratch.near.length * 2);
      const near = new Int32Array(length);
      near.set(this.scratch.near);
      this.scratch = {
        near,
        slots: new Int32Array(length),
        bounds: new Float64Array(length),
        copy: new Float64Array(length),
      };
    }
    return this.scratch;
  }

  private shiftPattern(shifts: VacancyMatchProfile['shifts']): number {
    const slots = filledSlots(shifts);
    const id = this.shiftKeys.id(slots.join(','));
    this.shiftPatterns[id] = slots;
    return id;
  }

  private contractOf(slot: number): VacancyMatchProfile['contractType'] {
    return this.contracts.keys[this.contract[slot]] as VacancyMatchProfile['contractType'];
  }

  private grow(capacity: number): void {
    this.cell = grown(this.cell, capacity);
    this.cellPlace = grown(this.cellPlace, capacity);
    this.lat = grown(this.lat, capacity);
    this.lng = grown(this.lng, capacity);
    this.cosLat = grown(this.cosLat, capacity);
    this.latRad = grown(this.latRad, capacity);
    this.lngRad = grown(this.lngRad, capacity);
    this.italianRank = grown(this.italianRank, capacity);
    this.weeklyHours = grown(this.weeklyHours, capacity);
    this.expiresDay = grown(this.expiresDay, capacity);
    this.startDay = grown(this.startDay, capacity);
    this.publishedDay = grown(this.publishedDay, capacity);
    this.l68 = grown(this.l68, capacity);
    this.kmZero = grown(this.kmZero, capacity);
    this.contract = grown(this.contract, capacity);
    this.recentProposals = grown(this.recentProposals, capacity);
    this.softKey = grown(this.softKey, capacity);
    this.licenceKey = grown(this.licenceKey, capacity);
    this.tasksKey = grown(this.tasksKey, capacity);
    this.shiftKey = grown(this.shiftKey, capacity);
    for (const [organisation, seen] of this.seenBy) {
      const next = new Uint32Array(capacity >>> 5);
      next.set(seen);
      this.seenBy.set(organisation, next);
    }
    this.capacity = capacity;
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
    const count = this.survivors(candidate, organisationId, context, filters);
    // Views on the scratch arrays: this call reads them to the end before any other call runs.
    const slots = this.scratch.slots.subarray(0, count);
    const bounds = this.scratch.bounds.subarray(0, count);
    const items = this.items;
    let best: PossiblePair[] = [];
    let scored = 0;
    const cut = () => (best.length >= limit ? best[limit - 1].score : -Infinity);
    const byBound = (a: number, b: number) =>
      bounds[b] - bounds[a] || compareIds(items[slots[a]]!.profile.id, items[slots[b]]!.profile.id);
    const score = (order: readonly number[]) => {
      for (const i of order) {
        if (bounds[i] < cut()) return;
        scored += 1;
        const vacancy = items[slots[i]]!.profile;
        others.set(vacancy.id, vacancy);
        const pair = evaluatePair(candidate, vacancy, context);
        if (pair.possible) best = insertRanked(best, pair, limit);
      }
    };
    const head = limit * 3 + 16;
    const threshold = count > head ? kthLargest(bounds, head, this.scratch.copy) : -Infinity;
    const first: number[] = [];
    for (let i = 0; i < count; i++) if (bounds[i] >= threshold) first.push(i);
    score(first.sort(byBound));
    // Everything left is bounded below `threshold`: it can enter only if the cut is lower still.
    if (first.length < count && cut() < threshold) {
      const rest: number[] = [];
      for (let i = 0; i < count; i++) if (bounds[i] < threshold) rest.push(i);
      score(rest.sort(byBound));
    }
    return { pairs: best, others, survivors: count, scored };
  }

  /**
   * How many vacancies pass the index's tests; their slots and an upper bound of each one's score are
   * the first entries of the scratch arrays.
   */
  private survivors(
    candidate: CandidateMatchProfile,
    organisationId: string,
    context: MatchContext,
    filters: MatchFilters,
  ): number {
    let count = 0;
    const seen = this.seenBy.get(organisationId);
    if (!seen) return 0;
    const weights = resolveWeights(context.weights);
    const today = dayOf(context.today);
    const rank = cefrRank(candidate.italianLevel);
    const availability = candidate.availability && touchedSlots(candidate.availability);
    const kmZeroRadius = candidate.kmZeroRadiusKm ?? MATCH_CURVES.kmZeroRadiusKm;
    const preferred = candidate.preferredContractTypes;
    const contractPoints = this.contracts.keys.map(
      (contract) =>
        weights.PREFERRED_CONTRACT *
        (preferred.length === 0
          ? MATCH_CURVES.noPreferenceShare
          : preferred.includes(contract as VacancyMatchProfile['contractType'])
            ? 1
            : 0),
    );
    const area = candidate.allowedArea;
    const hours = candidate.maxWeeklyHours;
    const l68 = candidate.l68Registration
      ? this.l68Categories.find(candidate.l68Registration.category) + 1
      : 0;
    const radius = Math.min(candidate.maxTravelKm, filters.maxDistanceKm ?? Infinity);
    const softPointsOf = softPointsFor(context);
    // Per call memos over the interned keys (NaN / 0: not asked yet).
    const softKnown = new Float64Array(this.softKeys.keys.length).fill(NaN);
    const licences = new Int8Array(this.licenceKeys.keys.length);
    const tasks = new Int8Array(this.taskKeys.keys.length);
    const schedules = new Int8Array(this.shiftKeys.keys.length);
    const recency = new Float64Array(RECENCY_MEMO_DAYS).fill(NaN);
    // The core's RIGHT_TO_WORK and TASK_LIMITATIONS, decided here exactly with the same rules.
    const permit = candidate.rightToWork;
    const permitEnds =
      permit.kind === 'PERMIT' && permit.expiresOn ? dayOf(permit.expiresOn) : null;
    const limited = new Set(
      candidate.taskLimitations.map((limit) => taskKey(context.taxonomy, limit)),
    );
    const home = candidate.home;
    const homeLat = (home.lat * Math.PI) / 180;
    const homeLng = (home.lng * Math.PI) / 180;
    const homeCos = Math.cos(homeLat);
    // The planar distance errs by far less than 5 % within a region: beyond this, certainly too far.
    const planarLimit = (radius * 1.05 + 0.5) ** 2;
    const dLat = radius / KM_PER_DEGREE_LAT;
    const cos = Math.cos(((Math.abs(home.lat) + dLat) * Math.PI) / 180);
    const dLng = cos > 0.01 ? dLat / cos : 360;
    const { italianRank, weeklyHours, startDay, shiftKey, lat, lng, cosLat, latRad, lngRad } = this;
    const planarError = planarErrorShare(home.lat, radius);
    const nearCount = this.near(seen, today, rank, { homeLat, homeLng, homeCos, planarLimit }, [
      ...[home.lat - dLat, home.lat + dLat].map((d) => rowOf(d)),
      ...[home.lng - dLng, home.lng + dLng].map((d) => colOf(d)),
    ]);
    const near = this.scratch.near;
    const bounds = this.scratchFor(nearCount).bounds;
    const slots = this.scratch.slots;
    for (let n = 0; n < nearCount; n++) {
      const s = near[n];
      const reserved = this.l68[s];
      if (reserved !== 0 && reserved !== l68) continue;
      if (hours !== null && weeklyHours[s] > hours) continue;
      if (permitEnds !== null && permitEnds < Math.max(startDay[s], today)) continue;
      const shifts = shiftKey[s];
      if (availability && shifts >= 0) {
        if (schedules[shifts] === 0)
          schedules[shifts] = mayCover(availability, this.shiftPatterns[shifts]) ? 1 : 2;
        if (schedules[shifts] === 2) continue;
      }
      if (limited.size > 0) {
        const key = this.tasksKey[s];
        if (tasks[key] === 0) {
          const conflict = this.taskKeys.keys[key]
            .split('\u0000')
            .some((task) => task !== '' && limited.has(taskKey(context.taxonomy, task)));
          tasks[key] = conflict ? 2 : 1;
        }
        if (tasks[key] === 2) continue;
      }
      const x = (lngRad[s] - homeLng) * homeCos;
      const y = latRad[s] - homeLat;
      const planarKm = Math.sqrt(x * x + y * y) * EARTH_RADIUS_KM;
      let km: number;
      if (planarKm * (1 + planarError) <= radius) {
        km = planarKm * (1 - planarError);
      } else {
        // The core's distanceKm, with the site's cosine computed once.
        km = haversineKm(home.lat, home.lng, homeCos, lat[s], lng[s], cosLat[s]);
        if (km > radius) continue;
      }
      if (filters.contractTypes?.length && !filters.contractTypes.includes(this.contractOf(s)))
        continue;
      if (filters.kmZero && this.kmZero[s] === 0) continue;
      if (filters.law68 && reserved === 0) continue;
      // The profile (an object elsewhere in memory) only where a test or a point needs it.
      const licence = this.licenceKey[s];
      if (licence >= 0) {
        if (licences[licence] === 0) {
          const required = this.items[s]!.profile.requiredLicences;
          licences[licence] =
            missingLicences(candidate.drivingLicences, required).length > 0 ? 2 : 1;
        }
        if (licences[licence] === 2) continue;
      }
      if (area && outsideArea(area, this.items[s]!.profile)) continue;
      const softId = this.softKey[s];
      let soft = softKnown[softId];
      if (Number.isNaN(soft))
        soft = softKnown[softId] = softPointsOf(candidate, this.items[s]!.profile);
      const age = today - this.publishedDay[s];
      let recent = age >= 0 && age < RECENCY_MEMO_DAYS ? recency[age] : NaN;
      if (Number.isNaN(recent)) {
        recent = weights.RECENCY * recencyShare(age);
        if (age >= 0 && age < RECENCY_MEMO_DAYS) recency[age] = recent;
      }
      slots[count] = s;
      bounds[count++] =
        ROUNDING_MARGIN +
        weights.DISTANCE * distanceShareBound(km) +
        (this.kmZero[s] === 1 && km <= kmZeroRadius ? weights.KM_ZERO : 0) +
        weights.LANGUAGE_MARGIN * languageMarginShare(rank - italianRank[s]) +
        contractPoints[this.contract[s]] +
        recent +
        (this.recentProposals[s] === 0
          ? weights.FAIR_SHARE
          : weights.FAIR_SHARE *
            fairShare(proposalsToOthers(this.items[s]!.profile, candidate.id))) +
        soft;
    }
    return count;
  }

  /**
   * How many slots in the grid cells around home pass the cheapest tests (they are the first entries
   * of the scratch `near`): seen by the organisation, not expired, Italian level, and the planar
   * distance (a loop of its own, so that it is compiled as a whole rather than entered half way).
   */
  private near(
    seen: Uint32Array,
    today: number,
    rank: number,
    home: { homeLat: number; homeLng: number; homeCos: number; planarLimit: number },
    [fromRow, toRow, fromCol, toCol]: number[],
  ): number {
    const { latRad, lngRad, italianRank, expiresDay } = this;
    const { homeLat, homeLng, homeCos, planarLimit } = home;
    let count = 0;
    let near = this.scratch.near;
    for (let row = fromRow; row <= toRow; row++) {
      for (let col = fromCol; col <= toCol; col++) {
        const cell = this.cells.get(row * ROW + col);
        if (cell === undefined) continue;
        for (let e = 0; e < cell.length; e++) {
          const s = cell[e];
          if (((seen[s >>> 5] >>> (s & 31)) & 1) === 0) continue;
          if (expiresDay[s] < today || italianRank[s] > rank) continue;
          const x = (lngRad[s] - homeLng) * homeCos;
          const y = latRad[s] - homeLat;
          if ((x * x + y * y) * EARTH_KM_SQUARED > planarLimit) continue;
          if (count === near.length) near = this.scratchFor(count * 2).near;
          near[count++] = s;
        }
      }
    }
    return count;
  }

  /** Every indexed profile visible to the organisation and open on `today` (for the naive path). */
  visibleTo(organisationId: string, today: IsoDate): VacancyMatchProfile[] {
    const day = dayOf(today);
    const seen = this.seenBy.get(organisationId);
    if (!seen) return [];
    return [...this.slots.values()]
      .filter((s) => ((seen[s >>> 5] >>> (s & 31)) & 1) === 1 && this.expiresDay[s] >= day)
      .map((s) => this.items[s]!.profile);
  }
}
