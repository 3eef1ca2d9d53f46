import { Injectable } from '@nestjs/common';
import { dayInRome } from '#libs/kernel';
import type { Actor } from '#libs/platform';
import { BulletinContentsRepository } from '../bulletin-contents.repository.js';
import type { ContentView } from '../content.input.js';
import { toContentView } from '../content.view.js';

/** One content of the organisation. */
@Injectable()
export class GetContentUseCase {
  constructor(private readonly contents: BulletinContentsRepository) {}

  async execute(actor: Actor, id: string): Promise<ContentView> {
    const row = await this.contents.get(actor.organisationId, id);
    return toContentView(row, dayInRome(new Date()));
  }
}
