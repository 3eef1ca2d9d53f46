import { Injectable } from '@nestjs/common';
import type { Actor } from '#libs/platform';
import { DistrictsRepository } from './districts.repository.js';

/** Removes a district of the organisation. */
@Injectable()
export class DeleteDistrictUseCase {
  constructor(private readonly districts: DistrictsRepository) {}

  async execute(actor: Actor, id: string): Promise<void> {
    const district = await this.districts.get(actor.organisationId, id);
    await this.districts.delete(district.id);
  }
}
