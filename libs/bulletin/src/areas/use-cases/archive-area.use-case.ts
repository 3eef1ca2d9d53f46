import { Injectable } from '@nestjs/common';
import type { Actor } from '#libs/platform';
import type { AreaView } from '../area.input.js';
import { toAreaView } from '../area.view.js';
import { BulletinAreasRepository } from '../bulletin-areas.repository.js';

/** Archives an area: it is no longer composed. Archiving twice keeps the first date. */
@Injectable()
export class ArchiveAreaUseCase {
  constructor(private readonly areas: BulletinAreasRepository) {}

  async execute(actor: Actor, id: string): Promise<AreaView> {
    const area = await this.areas.get(actor.organisationId, id);
    area.archivedAt ??= new Date();
    return toAreaView(await this.areas.save(area));
  }
}
