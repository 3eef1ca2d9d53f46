import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MunicipalitiesService } from '#libs/geo';
import type { Actor } from '#libs/platform';
import { openVacancySql } from '#libs/vacancies';
import { DataSource } from 'typeorm';
import { ScoutingError } from '../scouting.error.js';
import { SCOUTING_STAGES, type ScoutingStage } from '../scouting.types.js';
import { todayInRome } from '../today.js';

/** Around a municipality's centre or a point; km zero means a walk or a short bus ride. */
export interface KmZeroQuery {
  municipality?: string;
  lat?: number;
  lng?: number;
  radiusKm: number;
}

export interface KmZeroBusiness {
  companyId: string;
  name: string;
  atecoCode: string | null;
  site: {
    id: string;
    name: string;
    address: string;
    municipalityCode: string;
    municipalityName: string;
  };
  distanceKm: number;
  stage: ScoutingStage;
  stageLabel: string;
  openKmZeroVacancies: number;
}

export const KM_ZERO_DEFAULT_RADIUS_KM = 2;

/**
 * The km-zero map: the neighbourhood businesses (companies.km_zero) with a site within the radius,
 * nearest first, with their pipeline stage and open km-zero vacancies. Sites come from the GiST index.
 */
@Injectable()
export class KmZeroMapUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly municipalities: MunicipalitiesService,
  ) {}

  async execute(
    actor: Actor,
    query: KmZeroQuery,
  ): Promise<{
    centre: { lat: number; lng: number; name: string | null };
    radiusKm: number;
    items: KmZeroBusiness[];
  }> {
    const centre = await this.centre(query);
    const rows: Array<Omit<KmZeroBusiness, 'stageLabel'>> = await this.dataSource.query(
      `SELECT DISTINCT ON (c.id) c.id AS "companyId", c.name, c.ateco_code AS "atecoCode",
              json_build_object('id', s.id, 'name', s.name, 'address', s.address,
                                'municipalityCode', s.municipality_code, 'municipalityName', m.name) AS site,
              round((public.earth_distance(public.ll_to_earth($2, $3), public.ll_to_earth(s.lat, s.lng)) / 1000)::numeric, 2)::float8 AS "distanceKm",
              COALESCE(sc.stage, 'TO_CONTACT') AS stage,
              (SELECT count(*)::int FROM vacancies v WHERE v.company_id = c.id AND v.km_zero
                  AND ${openVacancySql('v', '$5::date')}) AS "openKmZeroVacancies"
         FROM company_sites s
         JOIN companies c ON c.id = s.company_id
         JOIN municipalities m ON m.istat_code = s.municipality_code
         LEFT JOIN scouting_companies sc ON sc.company_id = c.id
        WHERE s.organisation_id = $1 AND c.organisation_id = $1 AND c.km_zero AND c.archived_at IS NULL
          AND public.ll_to_earth(s.lat, s.lng) OPERATOR(public.<@) public.earth_box(public.ll_to_earth($2, $3), $4)
          AND public.earth_distance(public.ll_to_earth($2, $3), public.ll_to_earth(s.lat, s.lng)) <= $4
        ORDER BY c.id, "distanceKm"`,
      [actor.organisationId, centre.lat, centre.lng, query.radiusKm * 1000, todayInRome()],
    );
    const items = rows
      .map((row) => ({ ...row, stageLabel: SCOUTING_STAGES[row.stage] }))
      .sort((a, b) => a.distanceKm - b.distanceKm || a.name.localeCompare(b.name, 'it'));
    return { centre, radiusKm: query.radiusKm, items };
  }

  private async centre(
    query: KmZeroQuery,
  ): Promise<{ lat: number; lng: number; name: string | null }> {
    if (query.municipality !== undefined && query.lat !== undefined) {
      throw ScoutingError.invalid([
        { field: 'lat', message: 'indica un comune oppure un punto (lat e lng), non entrambi' },
      ]);
    }
    if (query.municipality) {
      const municipality = await this.municipalities.findByCode(query.municipality);
      if (!municipality) {
        throw ScoutingError.invalid([{ field: 'municipality', message: 'comune sconosciuto' }]);
      }
      return { lat: municipality.lat, lng: municipality.lng, name: municipality.name };
    }
    if (query.lat === undefined || query.lng === undefined) {
      throw ScoutingError.invalid([
        {
          field: query.lat === undefined ? 'lat' : 'lng',
          message: 'indica un comune oppure lat e lng',
        },
      ]);
    }
    return { lat: query.lat, lng: query.lng, name: null };
  }
}
