import { Injectable } from '@nestjs/common';
import type { Actor } from '#libs/platform';
import type { AreaView } from '../area.input.js';
import { toAreaView } from '../area.view.js';
import { BulletinAreasRepository } from '../bulletin-areas.repository.js';

/** One area of the organisation. */
@Injectable()
export class GetAreaUseCase {
  constructor(private readonly areas: BulletinAreasRepository) {}

  async execute(actor: Actor, id: string): Promise<AreaView> {
    return toAreaView(await this.areas.get(actor.organisationId, id));
  }
}
