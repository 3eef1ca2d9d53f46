import { Injectable } from '@nestjs/common';
import { MunicipalitiesService } from '#libs/geo';
import type { Actor } from '#libs/platform';
import { QueryFailedError } from 'typeorm';
import { BulletinError } from '../../domain/bulletin.error.js';
import { SECTION_CODES } from '../../domain/edition-sections.js';
import { BulletinAreaEntity } from '../../persistence/bulletin-area.entity.js';
import type { AreaInput, AreaView } from '../area.input.js';
import { assertValidArea } from '../area.rules.js';
import { toAreaView } from '../area.view.js';
import { BulletinAreasRepository } from '../bulletin-areas.repository.js';

/** Creates an area or changes one (only the fields given); archiving is a separate step. */
@Injectable()
export class SaveAreaUseCase {
  constructor(
    private readonly areas: BulletinAreasRepository,
    private readonly municipalities: MunicipalitiesService,
  ) {}

  create(actor: Actor, input: AreaInput): Promise<AreaView> {
    const area = new BulletinAreaEntity();
    area.organisationId = actor.organisationId;
    area.municipalityCodes = [];
    area.centreLat = area.centreLng = area.radiusKm = null;
    area.sections = [...SECTION_CODES];
    area.autoSend = false;
    area.archivedAt = null;
    return this.save(apply(area, input));
  }

  async update(actor: Actor, id: string, input: Partial<AreaInput>): Promise<AreaView> {
    return this.save(apply(await this.areas.get(actor.organisationId, id), input));
  }

  async archive(actor: Actor, id: string): Promise<AreaView> {
    const area = await this.areas.get(actor.organisationId, id);
    area.archivedAt ??= new Date();
    return toAreaView(await this.areas.save(area));
  }

  private async save(area: BulletinAreaEntity): Promise<AreaView> {
    await assertValidArea(area, this.municipalities);
    try {
      return toAreaView(await this.areas.save(area));
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { code?: string }).code === '23505'
      ) {
        throw new BulletinError(
          'AREA_SLUG_TAKEN',
          `Il codice «${area.slug}» è già usato da un’altra area.`,
        );
      }
      throw error;
    }
  }
}

function apply(area: BulletinAreaEntity, input: Partial<AreaInput>): BulletinAreaEntity {
  if (input.slug !== undefined) area.slug = input.slug;
  if (input.name !== undefined) area.name = input.name.trim();
  if (input.municipalityCodes !== undefined)
    area.municipalityCodes = [...new Set(input.municipalityCodes)];
  if (input.centre !== undefined) {
    area.centreLat = input.centre?.lat ?? null;
    area.centreLng = input.centre?.lng ?? null;
  }
  if (input.radiusKm !== undefined) area.radiusKm = input.radiusKm;
  if (input.sections !== undefined)
    area.sections = SECTION_CODES.filter((code) => input.sections!.includes(code));
  if (input.autoSend !== undefined) area.autoSend = input.autoSend;
  return area;
}
