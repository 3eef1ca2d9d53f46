import { Injectable } from '@nestjs/common';
import type { Actor } from '#libs/platform';
import type { AreaInput, AreaView } from '../area.input.js';
import { applyAreaInput } from '../area.rules.js';
import { BulletinAreaWriter } from '../area.writer.js';
import { BulletinAreasRepository } from '../bulletin-areas.repository.js';

/** Changes an area (only the fields given); archiving is a separate step. */
@Injectable()
export class UpdateAreaUseCase {
  constructor(
    private readonly areas: BulletinAreasRepository,
    private readonly writer: BulletinAreaWriter,
  ) {}

  async execute(actor: Actor, id: string, input: Partial<AreaInput>): Promise<AreaView> {
    return this.writer.save(applyAreaInput(await this.areas.get(actor.organisationId, id), input));
  }
}
