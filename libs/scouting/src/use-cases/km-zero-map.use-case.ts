import { Injectable } from '@nestjs/common';
import { MunicipalitiesService } from '#libs/geo';
import type { Actor } from '#libs/platform';
import { ScoutingError } from '../scouting.error.js';
import { type KmZeroRow, ScoutingRepository } from '../scouting.repository.js';
import { SCOUTING_STAGES } from '../scouting.types.js';
import { todayInRome } from '#libs/kernel';

/** Around a municipality's centre or a point; km zero means a walk or a short bus ride. */
export interface KmZeroQuery {
  municipality?: string;
  lat?: number;
  lng?: number;
  radiusKm: number;
}

export type KmZeroBusiness = KmZeroRow & { stageLabel: string };

export const KM_ZERO_DEFAULT_RADIUS_KM = 2;

/**
 * The km-zero map: the neighbourhood businesses (companies.km_zero) with a site within the radius,
 * nearest first, with their pipeline stage and open km-zero vacancies. Sites come from the GiST index.
 */
@Injectable()
export class KmZeroMapUseCase {
  constructor(
    private readonly scouting: ScoutingRepository,
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
    const rows = await this.scouting.kmZeroBusinesses(
      actor.organisationId,
      centre,
      query.radiusKm,
      todayInRome(),
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
