import { Injectable } from '@nestjs/common';
import type { Actor } from '#libs/platform';
import { SECTION_CODES } from '../../domain/edition-sections.js';
import { BulletinAreaEntity } from '../../persistence/bulletin-area.entity.js';
import type { AreaInput, AreaView } from '../area.input.js';
import { applyAreaInput } from '../area.rules.js';
import { BulletinAreaWriter } from '../area.writer.js';

/** Creates an area: every section, no automatic sending unless asked. */
@Injectable()
export class CreateAreaUseCase {
  constructor(private readonly writer: BulletinAreaWriter) {}

  execute(actor: Actor, input: AreaInput): Promise<AreaView> {
    const area = new BulletinAreaEntity();
    area.organisationId = actor.organisationId;
    area.municipalityCodes = [];
    area.centreLat = area.centreLng = area.radiusKm = null;
    area.sections = [...SECTION_CODES];
    area.autoSend = false;
    area.archivedAt = null;
    return this.writer.save(applyAreaInput(area, input));
  }
}
