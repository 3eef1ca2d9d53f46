import { Injectable } from '@nestjs/common';
import { MunicipalitiesService } from '#libs/geo';
import type { OrganisationId } from '#libs/platform';
import { DistrictsRepository } from '../districts/districts.repository.js';
import { Law68Error } from '../law68.error.js';
import { TerritoryRepository } from './territory.repository.js';

/** At most one of them: a province ('MI'), a municipality (ISTAT code) or a district (id). */
export interface AreaFilter {
  province?: string;
  municipality?: string;
  district?: string;
}

export type AreaKind = 'ORGANISATION' | 'PROVINCE' | 'MUNICIPALITY' | 'DISTRICT';

export interface ResolvedArea {
  kind: AreaKind;
  /** Province code, ISTAT code or district id; null for the whole organisation. */
  code: string | null;
  name: string;
  /** Condition on a company (`alias`.id) having a site in the area, and its one parameter. */
  companyCondition(alias: string, parameter: number): { sql: string; values: unknown[] };
}

const SITE_IN = (alias: string, condition: string, join = '') =>
  `EXISTS (SELECT 1 FROM company_sites s ${join} WHERE s.company_id = ${alias}.id AND ${condition})`;

/** Turns the area of a request into a name for people and a condition on companies' sites. */
@Injectable()
export class TerritoryAreaResolver {
  constructor(
    private readonly municipalities: MunicipalitiesService,
    private readonly districts: DistrictsRepository,
    private readonly territory: TerritoryRepository,
  ) {}

  async resolve(organisationId: OrganisationId, filter: AreaFilter): Promise<ResolvedArea> {
    const given = (['province', 'municipality', 'district'] as const).filter((key) => filter[key]);
    if (given.length > 1) {
      throw Law68Error.invalid(
        given.slice(1).map((field) => ({
          field,
          message: 'indica una sola area: provincia, comune oppure ambito',
        })),
      );
    }
    if (filter.province) {
      const code = filter.province.toUpperCase();
      const province = await this.territory.provinceName(code);
      if (province === null)
        throw Law68Error.invalid([{ field: 'province', message: 'provincia sconosciuta' }]);
      return {
        kind: 'PROVINCE',
        code,
        name: `Provincia di ${province}`,
        companyCondition: (alias, n) => ({
          sql: SITE_IN(
            alias,
            `m.province_code = $${n}`,
            'JOIN municipalities m ON m.istat_code = s.municipality_code',
          ),
          values: [code],
        }),
      };
    }
    if (filter.municipality) {
      const municipality = await this.municipalities.findByCode(filter.municipality);
      if (!municipality) {
        throw Law68Error.invalid([{ field: 'municipality', message: 'comune sconosciuto' }]);
      }
      return {
        kind: 'MUNICIPALITY',
        code: municipality.istatCode,
        name: `${municipality.name} (${municipality.provinceCode})`,
        companyCondition: (alias, n) => ({
          sql: SITE_IN(alias, `s.municipality_code = $${n}`),
          values: [municipality.istatCode],
        }),
      };
    }
    if (filter.district) {
      const district = await this.districts.get(organisationId, filter.district);
      return {
        kind: 'DISTRICT',
        code: district.id,
        name: `Ambito ${district.name}`,
        companyCondition: (alias, n) => ({
          sql: SITE_IN(alias, `s.municipality_code = ANY($${n}::char(6)[])`),
          values: [district.municipalityCodes],
        }),
      };
    }
    return {
      kind: 'ORGANISATION',
      code: null,
      name: 'Tutte le aziende dell’organizzazione',
      companyCondition: () => ({ sql: 'TRUE', values: [] }),
    };
  }
}
