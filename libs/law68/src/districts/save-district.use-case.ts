import { Injectable } from '@nestjs/common';
import type { Actor } from '#libs/platform';
import { DistrictEntity } from '../entities/district.entity.js';
import { Law68Error } from '../law68.error.js';
import {
  type DistrictInput,
  DistrictsRepository,
  type DistrictView,
} from './districts.repository.js';

/**
 * Job-centre districts (ambiti dei centri per l'impiego) the territory view and the priority list
 * can be filtered by. No official list is bundled: each organisation names its districts and the
 * municipalities they cover.
 */
@Injectable()
export class SaveDistrictUseCase {
  constructor(private readonly districts: DistrictsRepository) {}

  /** Creates a district, or replaces name and municipalities of an existing one (`id`). */
  async execute(actor: Actor, input: DistrictInput, id?: string): Promise<DistrictView> {
    const organisationId = actor.organisationId;
    const codes = [...new Set(input.municipalityCodes)];
    const name = input.name.trim();
    const problems = await this.districts.checkMunicipalities(input.municipalityCodes);
    if (!name) problems.push({ field: 'name', message: 'non può essere vuoto' });
    if (problems.length > 0) throw Law68Error.invalid(problems);
    const saved = await this.districts.transaction(async (manager) => {
      const district = id
        ? await this.districts.get(organisationId, id, manager)
        : manager.create(DistrictEntity, { organisationId });
      if (await this.districts.nameTaken(manager, organisationId, name, id)) {
        throw Law68Error.districtNameTaken();
      }
      Object.assign(district, { name, municipalityCodes: codes, updatedAt: new Date() });
      return manager.save(district);
    });
    const [view] = await this.districts.views([saved]);
    return view;
  }
}
