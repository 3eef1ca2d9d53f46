import { cefrRank, haversineKm } from '#libs/kernel';
import { missingLicences } from '../domain/driving-licences.rules.js';
import type { CandidateMatchProfile, VacancyMatchProfile } from '../domain/match-profiles.types.js';
import type { MatchContext } from '../domain/match-result.types.js';
import { proposalsToOthers } from '../domain/match-scorer.rules.js';
import {
  fairShare,
  languageMarginShare,
  MATCH_CURVES,
  recencyShare,
  resolveWeights,
} from '../domain/match-weights.rules.js';
import { taskKey, vacancyTasks } from '../domain/pair-facts.rules.js';
import { filledSlots, mayCover, touchedSlots, type WeekSlots } from '../domain/week-slots.rules.js';
import {
  CELL_DEGREES,
  cellOf,
  dayOf,
  distanceShareBound,
  EARTH_KM_SQUARED,
  grown,
  Interner,
  NO_EXPIRY,
  outsideArea,
  planarErrorShare,
  ROUNDING_MARGIN,
  ROW,
} from './memory-grid.calculator.js';

/**
 * An active person with some right to work, as the index keeps them: what the hard constraints the
 * index tests read, the organisation, and the JSON text of their taxonomy terms (match_soft_terms).
 * Never a special-category fact: the Law 68 registration stays in the database (see PeopleIndexLoader).
 */
export type IndexedPerson = Pick<
  CandidateMatchProfile,
  | 'id'
  | 'italianLevel'
  | 'availability'
  | 'maxWeeklyHours'
  | 'home'
  | 'maxTravelKm'
  | 'allowedArea'
  | 'drivingLicences'
  | 'rightToWork'
  | 'taskLimitations'
  | 'preferredContractTypes'
  | 'kmZeroRadiusKm'
> & { organisationId: string; soft: string };

/**
 * A person who might take the vacancy: the row the reverse query returns (prefilter.sql.ts), the
 * same fields and the same meaning, so that either feeds the same ranking (computeTopMatches).
 */
export interface PersonInReachRow {
  id: string;
  organisation_id: string;
  /** An upper bound of the pair's score with the taxonomy factors at full weight (softMaximum). */
  bound: number;
  /** The JSON text of the person's taxonomy terms. */
  soft: string;
}

interface Cell {
  slots: number[];
  /** The longest travel range of anyone ever placed in the cell (never lowered: only a skip test). */
  maxKm: number;
  row: number;
  col: number;
}

const DEGREES = Math.PI / 180;

/**
 * The active people kept in a worker's memory, for the people who might take a vacancy without a
 * query: a grid of their homes, each cell with the longest travel range in it (a vacancy's site
 * skips the cells from which nobody travels that far), and the columns the scan tests by slot. The
 * index drops a person only when one of the core's hard constraints certainly fails (organisation
 * that sees the vacancy, distance, Italian level, hours, schedule slots, task limitations, licences,
 * area, right to work); Law 68 is decided by the caller in the database. Each survivor gets the upper
 * bound the reverse query gives (the facts it holds exactly, the taxonomy factors at full weight), so
 * the ranking that follows is the core's over every person the vacancy's organisations may see.
 */
export class PeopleIndex {
  private readonly slots = new Map<string, number>();
  private readonly ids: Array<string | undefined> = [];
  private readonly softs: Array<string | undefined> = [];
  private readonly freeSlots: number[] = [];
  private readonly cells = new Map<number, Cell>();
  /** The allowed areas, for the few people who have one. */
  private readonly areas = new Map<number, NonNullable<CandidateMatchProfile['allowedArea']>>();
  private readonly organisations = new Interner();
  private readonly availabilityKeys = new Interner();
  private readonly availabilityPatterns: WeekSlots[] = [];
  private readonly limitationKeys = new Interner();
  private readonly licenceKeys = new Interner();
  private readonly contractKeys = new Interner();
  private capacity = 0;
  /** The longest travel range ever indexed: the planar error's radius. */
  private longestKm = 0;
  private cell = new Float64Array(0);
  private cellPlace = new Int32Array(0);
  private organisation = new Int32Array(0);
  private lat = new Float64Array(0);
  private lng = new Float64Array(0);
  private cosLat = new Float64Array(0);
  private latRad = new Float64Array(0);
  private lngRad = new Float64Array(0);
  private travelKm = new Float64Array(0);
  private kmZeroKm = new Float64Array(0);
  private italianRank = new Int8Array(0);
  /** NaN: no weekly limit. */
  private maxHours = new Float64Array(0);
  /** The day the permit ends (NO_EXPIRY: no permit that ends). */
  private permitEnds = new Int32Array(0);
  /** Interned keys; -1: none (no time constraint, no limitation, no licence). */
  private availabilityKey = new Int32Array(0);
  private limitationKey = new Int32Array(0);
  private licenceKey = new Int32Array(0);
  private contractKey = new Int32Array(0);

  get size(): number {
    return this.slots.size;
  }

  has(id: string): boolean {
    return this.slots.has(id);
  }

  /** Upserts many people in the order of their grid cells (a scan then reads memory in order). */
  upsertMany(people: readonly IndexedPerson[]): void {
    const cells = people.map(({ home }) => cellOf(home.lat, home.lng));
    const order = people.map((_, i) => i).sort((a, b) => cells[a] - cells[b]);
    for (const i of order) this.upsert(people[i]);
  }

  /** Upserts a person; one without any right to work leaves the index (the core rejects every pair). */
  upsert(person: IndexedPerson): void {
    this.remove(person.id);
    if (person.rightToWork.kind === 'NONE') return;
    const slot = this.freeSlots.pop() ?? this.ids.length;
    if (slot >= this.capacity) this.grow(Math.max(1024, this.capacity * 2));
    this.slots.set(person.id, slot);
    this.ids[slot] = person.id;
    this.softs[slot] = person.soft;
    this.organisation[slot] = this.organisations.id(person.organisationId);
    const { lat, lng } = person.home;
    this.lat[slot] = lat;
    this.lng[slot] = lng;
    this.cosLat[slot] = Math.cos((lat * Math.PI) / 180);
    this.latRad[slot] = lat * DEGREES;
    this.lngRad[slot] = lng * DEGREES;
    this.travelKm[slot] = person.maxTravelKm;
    this.longestKm = Math.max(this.longestKm, person.maxTravelKm);
    this.kmZeroKm[slot] = person.kmZeroRadiusKm ?? MATCH_CURVES.kmZeroRadiusKm;
    this.italianRank[slot] = cefrRank(person.italianLevel);
    this.maxHours[slot] = person.maxWeeklyHours ?? NaN;
    const permit = person.rightToWork;
    this.permitEnds[slot] =
      permit.kind === 'PERMIT' && permit.expiresOn ? dayOf(permit.expiresOn) : NO_EXPIRY;
    this.availabilityKey[slot] = person.availability
      ? this.availabilityPattern(person.availability)
      : -1;
    this.limitationKey[slot] =
      person.taskLimitations.length === 0
        ? -1
        : this.limitationKeys.id(person.taskLimitations.join('\u0000'));
    this.licenceKey[slot] = this.licenceKeys.id(person.drivingLicences.join(','));
    this.contractKey[slot] = this.contractKeys.id(person.preferredContractTypes.join(','));
    if (person.allowedArea) this.areas.set(slot, person.allowedArea);
    const key = cellOf(lat, lng);
    this.cell[slot] = key;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { slots: [], maxKm: 0, row: Math.floor(key / ROW), col: key % ROW };
      this.cells.set(key, cell);
    }
    cell.maxKm = Math.max(cell.maxKm, person.maxTravelKm);
    this.cellPlace[slot] = cell.slots.length;
    cell.slots.push(slot);
  }

  remove(id: string): void {
    const slot = this.slots.get(id);
    if (slot === undefined) return;
    this.slots.delete(id);
    this.ids[slot] = undefined;
    this.softs[slot] = undefined;
    this.areas.delete(slot);
    const cell = this.cells.get(this.cell[slot])!;
    const last = cell.slots.pop()!;
    if (last !== slot) {
      cell.slots[this.cellPlace[slot]] = last;
      this.cellPlace[last] = this.cellPlace[slot];
    }
    if (cell.slots.length === 0) this.cells.delete(this.cell[slot]);
    this.freeSlots.push(slot);
  }

  /**
   * The people of the `seeing` organisations who might take the vacancy, each with the reverse
   * query's bound (see PersonInReachRow), in no particular order. Law 68 is not tested here.
   */
  inReach(
    vacancy: VacancyMatchProfile,
    seeing: Iterable<string>,
    context: MatchContext,
  ): PersonInReachRow[] {
    const sees = new Uint8Array(this.organisations.keys.length);
    for (const organisation of seeing) {
      const id = this.organisations.find(organisation);
      if (id >= 0) sees[id] = 1;
    }
    const weights = resolveWeights(context.weights);
    const today = dayOf(context.today);
    const startDay = Math.max(dayOf(vacancy.startDate), today);
    const minRank = cefrRank(vacancy.minItalianLevel);
    const shifts =
      vacancy.flexibleHours || vacancy.shifts.length === 0 ? null : filledSlots(vacancy.shifts);
    const hours = vacancy.weeklyHours;
    // The core's TASK_LIMITATIONS on the core's own task keys of the vacancy (night work included
    // when a shift touches the night).
    const tasks = vacancyTasks(vacancy, context.taxonomy);
    const required = vacancy.requiredLicences;
    const constant =
      ROUNDING_MARGIN +
      weights.RECENCY * recencyShare(today - dayOf(vacancy.publishedAt)) +
      weights.OCCUPATION +
      weights.SKILLS +
      weights.PREFERRED_OCCUPATION;
    const fairPoints = weights.FAIR_SHARE * fairShare(vacancy.recentProposals);
    const proposedTo = new Set(vacancy.recentlyProposedTo);
    const contractPoints = this.contractKeys.keys.map((key) => {
      const preferred = key === '' ? [] : key.split(',');
      return (
        weights.PREFERRED_CONTRACT *
        (preferred.length === 0
          ? MATCH_CURVES.noPreferenceShare
          : preferred.includes(vacancy.contractType)
            ? 1
            : 0)
      );
    });
    // Per call memos over the interned keys (0: not asked yet, 1: fits, 2: fails for certain).
    const schedules = new Int8Array(this.availabilityKeys.keys.length);
    const limitations = new Int8Array(this.limitationKeys.keys.length);
    const licences = new Int8Array(this.licenceKeys.keys.length);
    const site = vacancy.site;
    const siteLat = site.lat * DEGREES;
    const siteLng = site.lng * DEGREES;
    const siteCos = Math.cos((site.lat * Math.PI) / 180);
    const planarError = planarErrorShare(site.lat, this.longestKm);
    const { ids, softs, organisation, italianRank, latRad, lngRad, travelKm } = this;
    const rows: PersonInReachRow[] = [];
    for (const cell of this.cells.values()) {
      if (!this.mayReach(cell, siteLat, siteLng, siteCos)) continue;
      const cellSlots = cell.slots;
      for (let e = 0; e < cellSlots.length; e++) {
        const s = cellSlots[e];
        if (sees[organisation[s]] === 0 || italianRank[s] < minRank) continue;
        const x = (lngRad[s] - siteLng) * siteCos;
        const y = latRad[s] - siteLat;
        const planar2 = (x * x + y * y) * EARTH_KM_SQUARED;
        const radius = travelKm[s];
        if (planar2 > (radius * 1.05 + 0.5) ** 2) continue;
        if (hours !== null && hours > this.maxHours[s]) continue;
        if (this.permitEnds[s] < startDay) continue;
        const availability = this.availabilityKey[s];
        if (shifts && availability >= 0) {
          if (schedules[availability] === 0)
            schedules[availability] = mayCover(this.availabilityPatterns[availability], shifts)
              ? 1
              : 2;
          if (schedules[availability] === 2) continue;
        }
        const limitation = this.limitationKey[s];
        if (limitation >= 0 && tasks.size > 0) {
          if (limitations[limitation] === 0) {
            const conflict = this.limitationKeys.keys[limitation]
              .split('\u0000')
              .some((limit) => tasks.has(taskKey(context.taxonomy, limit)));
            limitations[limitation] = conflict ? 2 : 1;
          }
          if (limitations[limitation] === 2) continue;
        }
        const planarKm = Math.sqrt(planar2);
        let km: number;
        if (planarKm * (1 + planarError) <= radius) {
          km = planarKm * (1 - planarError);
        } else {
          // The core's distanceKm (home first), with the site's cosine computed once.
          km = haversineKm(this.lat[s], this.lng[s], this.cosLat[s], site.lat, site.lng, siteCos);
          if (km > radius) continue;
        }
        if (required.length > 0) {
          const licence = this.licenceKey[s];
          if (licences[licence] === 0) {
            const held = this.licenceKeys.keys[licence];
            licences[licence] =
              missingLicences(held === '' ? [] : held.split(','), required).length > 0 ? 2 : 1;
          }
          if (licences[licence] === 2) continue;
        }
        const area = this.areas.get(s);
        if (area && outsideArea(area, vacancy)) continue;
        const id = ids[s]!;
        rows.push({
          id,
          organisation_id: this.organisations.keys[organisation[s]],
          bound:
            constant +
            weights.DISTANCE * distanceShareBound(km) +
            (vacancy.kmZero && km <= this.kmZeroKm[s] ? weights.KM_ZERO : 0) +
            weights.LANGUAGE_MARGIN * languageMarginShare(italianRank[s] - minRank) +
            contractPoints[this.contractKey[s]] +
            (proposedTo.has(id)
              ? weights.FAIR_SHARE * fairShare(proposalsToOthers(vacancy, id))
              : fairPoints),
          soft: softs[s]!,
        });
      }
    }
    return rows;
  }

  /**
   * Whether anyone in the cell might live within their travel range of the site: the planar distance
   * from the site to the cell's nearest point, tested as each person's is.
   */
  private mayReach(cell: Cell, siteLat: number, siteLng: number, siteCos: number): boolean {
    const south = (cell.row * CELL_DEGREES - 90) * DEGREES;
    const west = (cell.col * CELL_DEGREES - 180) * DEGREES;
    const size = CELL_DEGREES * DEGREES;
    const y =
      siteLat < south ? south - siteLat : siteLat > south + size ? siteLat - south - size : 0;
    const dLng =
      siteLng < west ? west - siteLng : siteLng > west + size ? siteLng - west - size : 0;
    const x = dLng * siteCos;
    return (x * x + y * y) * EARTH_KM_SQUARED <= (cell.maxKm * 1.05 + 0.5) ** 2;
  }

  private availabilityPattern(availability: NonNullable<IndexedPerson['availability']>): number {
    const slots = touchedSlots(availability);
    const id = this.availabilityKeys.id(slots.join(','));
    this.availabilityPatterns[id] = slots;
    return id;
  }

  private grow(capacity: number): void {
    this.cell = grown(this.cell, capacity);
    this.cellPlace = grown(this.cellPlace, capacity);
    this.organisation = grown(this.organisation, capacity);
    this.lat = grown(this.lat, capacity);
    this.lng = grown(this.lng, capacity);
    this.cosLat = grown(this.cosLat, capacity);
    this.latRad = grown(this.latRad, capacity);
    this.lngRad = grown(this.lngRad, capacity);
    this.travelKm = grown(this.travelKm, capacity);
    this.kmZeroKm = grown(this.kmZeroKm, capacity);
    this.italianRank = grown(this.italianRank, capacity);
    this.maxHours = grown(this.maxHours, capacity);
    this.permitEnds = grown(this.permitEnds, capacity);
    this.availabilityKey = grown(this.availabilityKey, capacity);
    this.limitationKey = grown(this.limitationKey, capacity);
    this.licenceKey = grown(this.licenceKey, capacity);
    this.contractKey = grown(this.contractKey, capacity);
    this.capacity = capacity;
  }
}
