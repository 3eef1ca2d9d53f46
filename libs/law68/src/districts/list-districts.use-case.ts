import { Injectable } from '@nestjs/common';
import type { Actor } from '#libs/platform';
import { DistrictsRepository, type DistrictView } from './districts.repository.js';

/** The organisation's districts by name, with their municipalities. */
@Injectable()
export class ListDistrictsUseCase {
  constructor(private readonly districts: DistrictsRepository) {}

  async execute(actor: Actor): Promise<DistrictView[]> {
    const rows = await this.districts.list(actor.organisationId);
    return this.districts.views(rows);
  }
}
