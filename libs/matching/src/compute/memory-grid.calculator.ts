import { daysBetween, EARTH_RADIUS_KM, type IsoDate } from '#libs/kernel';
import { allowedAreaFit } from '../domain/allowed-area.rules.js';
import type { CandidateMatchProfile, VacancyMatchProfile } from '../domain/match-profiles.types.js';
import { distanceShare } from '../domain/match-weights.rules.js';

/**
 * What the worker's in-memory indexes share (the open vacancies: vacancy-index.calculator.ts; the
 * active people: people-index.calculator.ts): the grid, the columns by slot, interned keys, and the
 * conservative pieces of their tests and bounds.
 */

/** Grid cells of about 5.5 km (latitude) by 4 km (longitude, in Lombardy). */
export const CELL_DEGREES = 0.05;
export const ROW = 100_000;
export const rowOf = (lat: number) => Math.floor((lat + 90) / CELL_DEGREES);
export const colOf = (lng: number) => Math.floor((lng + 180) / CELL_DEGREES);
export const cellOf = (lat: number, lng: number) => rowOf(lat) * ROW + colOf(lng);
/** Days since 1970-01-01 (recency needs only differences of days). */
export const dayOf = (date: IsoDate) => daysBetween('1970-01-01', date);

/**
 * The core's ALLOWED_AREA (checkAllowedArea) fails for certain: the area limits something (a circle
 * or some municipalities) and the site is neither in one of its municipalities nor within its circle.
 * An area the core would not read as a limit is never a reason to drop.
 */
export function outsideArea(
  area: NonNullable<CandidateMatchProfile['allowedArea']>,
  vacancy: VacancyMatchProfile,
): boolean {
  const limits = area.centre !== undefined || (area.municipalities?.length ?? 0) > 0;
  if (!limits) return false;
  const fit = allowedAreaFit(area, vacancy);
  return !fit.inMunicipality && !fit.inCircle;
}

/** A degree of latitude is at least this long; the cells searched always cover the radius. */
export const KM_PER_DEGREE_LAT = 110.5;
export const EARTH_KM_SQUARED = EARTH_RADIUS_KM ** 2;
/** Rounding of nine factors and of their sum: the bound stays above every exact score. */
export const ROUNDING_MARGIN = 0.1;

/** Keys interned as small integers, so that a per-call memo is an array indexed by them. */
export class Interner {
  private readonly ids = new Map<string, number>();
  readonly keys: string[] = [];

  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(key, id);
      this.keys.push(key);
    }
    return id;
  }

  find(key: string): number {
    return this.ids.get(key) ?? -1;
  }
}

type Column = Float64Array | Int32Array | Int8Array | Uint8Array;

export function grown<T extends Column>(column: T, capacity: number): T {
  const next = new (column.constructor as new (length: number) => T)(capacity);
  next.set(column);
  return next;
}

/**
 * distanceShare at every sixteenth of a km up to 200 km, for the bound: the share at the distance
 * rounded down to a sixteenth is at least the share itself (it falls with the km) and above it by
 * at most 0.1 points of distance. The power it spares was a tenth of a person's scan.
 */
const STEPS_PER_KM = 16;
const TABLED_KM = 200;
const SHARE_BY_STEP = Float64Array.from({ length: TABLED_KM * STEPS_PER_KM + 1 }, (_, step) =>
  distanceShare(step / STEPS_PER_KM),
);
export function distanceShareBound(km: number): number {
  return km < TABLED_KM ? SHARE_BY_STEP[Math.floor(km * STEPS_PER_KM)] : distanceShare(km);
}

/** A day after every expiry: no expiry. */
export const NO_EXPIRY = 2 ** 31 - 1;

/**
 * The planar distance (the longitude scaled by the cosine at `lat`) errs from the great-circle one by
 * at most this share within `radiusKm` of `lat`: a point planarly within the radius less this share
 * needs no exact distance, and the planar distance less this share bounds the distance points.
 */
export function planarErrorShare(lat: number, radiusKm: number): number {
  const radiusRad = radiusKm / EARTH_RADIUS_KM;
  return Math.tan(Math.min((Math.abs(lat) * Math.PI) / 180 + radiusRad, 1.4)) * radiusRad + 0.002;
}
