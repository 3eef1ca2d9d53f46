import type { Row } from './batch.writer.js';
import type { DemoCalendar } from './calendar.js';
import { companyName } from './company-names.js';
import { demoEmail, demoPhone } from './contact-details.js';
import {
  ITALIAN_FEMALE_NAMES,
  ITALIAN_MALE_NAMES,
  ITALIAN_SURNAMES,
  STREET_NAMES,
} from './names-italian.js';
import { jitteredPoint, streetAddress, type Municipality, type Territory } from './places.js';
import type { Rng } from './prng.js';
import { SECTOR_SHARES, SECTORS, type SectorKey } from './sectors.js';
import { vatNumber } from './vat-number.js';

export interface DemoSite {
  id: string;
  municipality: Municipality;
  lat: number;
  lng: number;
}

/** What vacancies need to know about their company, kept in memory while they are drawn. */
export interface DemoCompany {
  id: string;
  organisationId: string;
  name: string;
  sector: SectorKey;
  headcount: number;
  kmZero: boolean;
  sites: DemoSite[];
}

/**
 * Size bands, as [smallest, largest, share]: most firms are micro, a third have the 15 employees
 * from which Law 68 applies, a few are over 50 and 150 (the bands of the quota).
 */
const SIZE_BANDS: readonly (readonly [number, number, number])[] = [
  [0, 9, 58],
  [10, 14, 12],
  [15, 35, 14],
  [36, 50, 5],
  [51, 150, 7],
  [151, 500, 3],
  [501, 2000, 1],
];
const L68_THRESHOLD = 15;

function headcount(rng: Rng, largeFirmBias: number): number {
  const [min, max] = rng.weighted(
    SIZE_BANDS.map(
      (band) => [band, band[0] >= L68_THRESHOLD ? band[2] * largeFirmBias : band[2]] as const,
    ),
  );
  return rng.int(min, max);
}

const SITE_KINDS: Record<SectorKey, string> = {
  RESTAURANTS: 'Locale',
  CLEANING: 'Unità operativa',
  CARE: 'Struttura',
  LOGISTICS: 'Magazzino',
  RETAIL: 'Punto vendita',
  AGRICULTURE: 'Fondo agricolo',
  MANUFACTURING: 'Stabilimento',
  HOSPITALITY: 'Hotel',
};

export interface CompanyDraft {
  company: DemoCompany;
  row: Row;
  siteRows: Row[];
}

export function drawCompany(
  rng: Rng,
  organisationId: string,
  territory: Territory,
  usedVatNumbers: Set<string>,
  calendar: DemoCalendar,
): CompanyDraft {
  const id = rng.uuid();
  const sectorKey = rng.choose(SECTOR_SHARES);
  const sector = SECTORS[sectorKey];
  const staff = headcount(rng, sector.largeFirmBias);
  const seat = territory.drawMunicipality(rng);
  const name = companyName(rng, sectorKey, staff, seat.name);
  // Neighbourhood shops, bars and family firms are the ones scouted for work at km zero.
  const kmZero = rng.chance(staff < L68_THRESHOLD ? 0.27 : 0.05);
  let vat: string;
  do vat = vatNumber(rng.int(1, 9_999_999), seat.istatCode.slice(0, 3));
  while (usedVatNumbers.has(vat));
  usedVatNumbers.add(vat);

  const siteCount =
    1 + rng.weightedIndex(staff < 10 ? [9, 1] : staff < 50 ? [6, 3, 1] : [35, 35, 30]);
  const sites: DemoSite[] = [];
  const siteRows: Row[] = [];
  for (let i = 0; i < siteCount; i += 1) {
    const municipality = i === 0 ? seat : territory.drawMunicipality(rng);
    const point = jitteredPoint(rng, municipality);
    const site: DemoSite = { id: rng.uuid(), municipality, ...point };
    const siteName = i === 0 ? 'Sede legale' : `${SITE_KINDS[sectorKey]} di ${municipality.name}`;
    const address = streetAddress(rng, rng.pick(STREET_NAMES), municipality);
    sites.push(site);
    siteRows.push({
      id: site.id,
      company_id: id,
      organisation_id: organisationId,
      name: siteName,
      address,
      municipality_code: municipality.istatCode,
      lat: site.lat,
      lng: site.lng,
      legal_seat: i === 0,
    });
  }

  const female = rng.chance(0.5);
  const first = rng.pick(female ? ITALIAN_FEMALE_NAMES : ITALIAN_MALE_NAMES);
  const last = rng.pick(ITALIAN_SURNAMES);
  const contacts = [
    {
      name: `${first} ${last}`,
      role: staff < L68_THRESHOLD ? 'Titolare' : 'Responsabile del personale',
      email: demoEmail(rng, first, last),
      phone: demoPhone(rng),
    },
  ];
  const createdAt = calendar.timestamp(-rng.int(30, 900), rng.int(8 * 60, 18 * 60));
  const row = {
    id,
    organisation_id: organisationId,
    name,
    vat_number: vat,
    ateco_code: rng.choose(sector.ateco),
    legal_province_code: seat.provinceCode,
    headcount: staff,
    contacts: JSON.stringify(contacts),
    km_zero: kmZero,
    created_at: createdAt,
    updated_at: createdAt,
  };
  return {
    company: { id, organisationId, name, sector: sectorKey, headcount: staff, kmZero, sites },
    row,
    siteRows,
  };
}
