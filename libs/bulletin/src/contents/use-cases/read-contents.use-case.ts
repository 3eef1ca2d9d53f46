import { Injectable } from '@nestjs/common';
import type { Actor, Page } from '#libs/platform';
import { BulletinContentsRepository } from '../bulletin-contents.repository.js';
import type { ContentView } from '../content.input.js';
import type { ContentFilter } from '../content-filter.types.js';
import { toContentView } from '../content.view.js';
import { dayInRome } from '#libs/kernel';

@Injectable()
export class ReadContentsUseCase {
  constructor(private readonly contents: BulletinContentsRepository) {}

  async list(actor: Actor, filter: ContentFilter): Promise<Page<ContentView>> {
    const today = dayInRome(new Date());
    return this.contents.list(actor.organisationId, filter, today, (rows) =>
      rows.map((row) => toContentView(row, today)),
    );
  }

  async get(actor: Actor, id: string): Promise<ContentView> {
    const row = await this.contents.get(actor.organisationId, id);
    return toContentView(row, dayInRome(new Date()));
  }
}
