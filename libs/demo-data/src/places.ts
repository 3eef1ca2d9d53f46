import { distanceKm, type GeoPoint } from '#libs/kernel';
import type { DataSource } from 'typeorm';
import { DemoDataError } from './demo-data.error.js';
import { type Rng, WeightedTable } from './prng.js';

export const DEMO_REGION = 'Lombardia';

export interface Municipality extends GeoPoint {
  istatCode: string;
  name: string;
  provinceCode: string;
  province: string;
  cap: string | null;
  population: number;
}

interface MunicipalityRecord {
  istat_code: string;
  name: string;
  province_code: string;
  province: string;
  cap: string | null;
  population: number | null;
  lat: number;
  lng: number;
}

/** The region's municipalities from the gazetteer, in ISTAT order so that draws are repeatable. */
export async function loadMunicipalities(dataSource: DataSource): Promise<Municipality[]> {
  const rows: MunicipalityRecord[] = await dataSource.query(
    `SELECT istat_code, name, province_code, province, cap, population, lat, lng
       FROM municipalities WHERE region = $1 ORDER BY istat_code`,
    [DEMO_REGION],
  );
  if (rows.length === 0) {
    throw new DemoDataError(
      'NO_MUNICIPALITIES',
      `La tabella municipalities non contiene comuni della regione ${DEMO_REGION}: importare prima ` +
        `i comuni (importMunicipalities con libs/geo/data/comuni.csv) e poi generare i dati demo.`,
    );
  }
  return rows.map((row) => ({
    istatCode: row.istat_code,
    name: row.name,
    provinceCode: row.province_code,
    province: row.province,
    cap: row.cap,
    // A municipality without a population figure still gets people, as a village would.
    population: row.population ?? 1000,
    lat: row.lat,
    lng: row.lng,
  }));
}

/** How fast the pull of an organisation's home town fades: people come to a service nearby. */
const CATCHMENT_KM = 20;
/** The share of people and firms drawn from anywhere in the region, not from the catchment area. */
const REGION_WIDE_SHARE = 0.1;

/**
 * Where an organisation's people and companies are: mostly around its home town, weighted by
 * population and fading with distance, and a tenth anywhere in the region by population.
 */
export class Territory {
  private readonly nearby: WeightedTable<Municipality>;
  private readonly regionWide: WeightedTable<Municipality>;

  constructor(
    readonly centre: Municipality,
    municipalities: readonly Municipality[],
  ) {
    this.nearby = new WeightedTable(
      municipalities,
      (m) => m.population * Math.exp(-distanceKm(centre, m) / CATCHMENT_KM),
    );
    this.regionWide = new WeightedTable(municipalities, (m) => m.population);
  }

  drawMunicipality(rng: Rng): Municipality {
    return rng.chance(REGION_WIDE_SHARE) ? this.regionWide.draw(rng) : this.nearby.draw(rng);
  }
}

/**
 * The most populous town of each province, provinces by population: the home towns of the
 * organisations in turn (Milano, Brescia, Bergamo...).
 */
export function homeTowns(municipalities: readonly Municipality[]): Municipality[] {
  const byProvince = new Map<string, { largest: Municipality; population: number }>();
  for (const m of municipalities) {
    const entry = byProvince.get(m.provinceCode);
    if (!entry) byProvince.set(m.provinceCode, { largest: m, population: m.population });
    else {
      entry.population += m.population;
      if (m.population > entry.largest.population) entry.largest = m;
    }
  }
  return [...byProvince.values()]
    .sort((a, b) => b.population - a.population)
    .map((entry) => entry.largest);
}

/**
 * A point within a disc around the centroid, so homes and sites spread over the municipality: 1 km
 * for places up to about 60,000 people, 2 km at 250,000, 5 km at most (Milano spans 15 km).
 */
export function jitteredPoint(rng: Rng, m: Municipality): GeoPoint {
  const radiusKm = Math.min(5, Math.max(1, Math.sqrt(m.population) / 250));
  const distance = radiusKm * Math.sqrt(rng.next());
  const bearing = rng.float(0, 2 * Math.PI);
  const dLat = (distance * Math.cos(bearing)) / 111.32;
  const dLng = (distance * Math.sin(bearing)) / (111.32 * Math.cos((m.lat * Math.PI) / 180));
  return { lat: round6(m.lat + dLat), lng: round6(m.lng + dLng) };
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

export function streetAddress(rng: Rng, street: string, m: Municipality): string {
  return `${street} ${rng.int(1, 180)}, ${m.cap ?? ''} ${m.name} (${m.provinceCode})`.replace(
    /\s+/g,
    ' ',
  );
}
