import { Injectable } from '@nestjs/common';
import { MunicipalitiesService } from '#libs/geo';
import { QueryFailedError } from 'typeorm';
import { BulletinError } from '../domain/bulletin.error.js';
import type { BulletinAreaEntity } from '../persistence/bulletin-area.entity.js';
import type { AreaView } from './area.input.js';
import { assertValidArea } from './area.rules.js';
import { toAreaView } from './area.view.js';
import { BulletinAreasRepository } from './bulletin-areas.repository.js';

/** Stores a new or changed area once it is valid; a slug already in use is a clear error. */
@Injectable()
export class BulletinAreaWriter {
  constructor(
    private readonly areas: BulletinAreasRepository,
    private readonly municipalities: MunicipalitiesService,
  ) {}

  async save(area: BulletinAreaEntity): Promise<AreaView> {
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
