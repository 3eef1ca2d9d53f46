/** A point in WGS84 degrees. */
export interface GeoPoint {
  lat: number;
  lng: number;
}

/** The mean Earth radius the distances here use (IUGG). */
export const EARTH_RADIUS_KM = 6371.0088;

const toRad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  return haversineKm(a.lat, a.lng, Math.cos(toRad(a.lat)), b.lat, b.lng, Math.cos(toRad(b.lat)));
}

/**
 * distanceKm between (aLat, aLng) and (bLat, bLng), in degrees, with the cosine of each latitude
 * given (`Math.cos` of it in radians, as distanceKm computes it): the same result to the bit, for a
 * scan that keeps the cosines and reads no point objects.
 */
export function haversineKm(
  aLat: number,
  aLng: number,
  cosA: number,
  bLat: number,
  bLng: number,
  cosB: number,
): number {
  const dLat = toRad(bLat - aLat);
  const dLng = toRad(bLng - aLng);
  const h = Math.sin(dLat / 2) ** 2 + cosA * cosB * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The latitude/longitude box that contains every point within `radiusKm` of `centre` (for index pre-filters). */
export function boundingBox(centre: GeoPoint, radiusKm: number) {
  const dLat = (radiusKm / EARTH_RADIUS_KM) * (180 / Math.PI);
  const dLng = dLat / Math.max(Math.cos((centre.lat * Math.PI) / 180), 1e-6);
  return {
    minLat: centre.lat - dLat,
    maxLat: centre.lat + dLat,
    minLng: centre.lng - dLng,
    maxLng: centre.lng + dLng,
  };
}
