import type { MunicipalityEntity } from '#libs/geo';
import type { CompanyEntity } from './entities/company.entity.js';
import type { CompanySiteEntity } from './entities/company-site.entity.js';

export interface CompanySiteView {
  id: string;
  name: string;
  address: string;
  municipalityCode: string;
  /** Name and province of the municipality, for display. */
  municipalityName: string | null;
  provinceCode: string | null;
  lat: number;
  lng: number;
  legalSeat: boolean;
}

/** A company as the API returns it, with its sites (legal seat first). */
export interface CompanyView extends CompanyEntity {
  sites: CompanySiteView[];
}

export function toSiteView(
  site: CompanySiteEntity,
  municipality: MunicipalityEntity | undefined,
): CompanySiteView {
  const { id, name, address, municipalityCode, lat, lng, legalSeat } = site;
  return {
    id,
    name,
    address,
    municipalityCode,
    municipalityName: municipality?.name ?? null,
    provinceCode: municipality?.provinceCode ?? null,
    lat,
    lng,
    legalSeat,
  };
}

export function toCompanyView(
  company: CompanyEntity,
  sites: CompanySiteEntity[],
  municipalities: Map<string, MunicipalityEntity>,
): CompanyView {
  const ordered = [...sites].sort(
    (a, b) => Number(b.legalSeat) - Number(a.legalSeat) || a.name.localeCompare(b.name, 'it'),
  );
  return {
    ...company,
    sites: ordered.map((site) => toSiteView(site, municipalities.get(site.municipalityCode))),
  };
}
