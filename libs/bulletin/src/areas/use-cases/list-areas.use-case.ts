import { Injectable } from '@nestjs/common';
import type { Actor } from '#libs/platform';
import type { AreaView } from '../area.input.js';
import { toAreaView } from '../area.view.js';
import { BulletinAreasRepository } from '../bulletin-areas.repository.js';

/** The organisation's areas (a handful: no pagination). */
@Injectable()
export class ListAreasUseCase {
  constructor(private readonly areas: BulletinAreasRepository) {}

  async execute(actor: Actor, archived = false): Promise<AreaView[]> {
    const rows = await this.areas.list(actor.organisationId, archived);
    return rows.map(toAreaView);
  }
}
