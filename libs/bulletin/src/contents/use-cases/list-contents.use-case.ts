import { Injectable } from '@nestjs/common';
import { dayInRome } from '#libs/kernel';
import type { Actor, Page } from '#libs/platform';
import { BulletinContentsRepository } from '../bulletin-contents.repository.js';
import type { ContentView } from '../content.input.js';
import type { ContentFilter } from '../content-filter.types.js';
import { toContentView } from '../content.view.js';

/** The organisation's contents, filtered and paginated. */
@Injectable()
export class ListContentsUseCase {
  constructor(private readonly contents: BulletinContentsRepository) {}

  async execute(actor: Actor, filter: ContentFilter): Promise<Page<ContentView>> {
    const today = dayInRome(new Date());
    return this.contents.list(actor.organisationId, filter, today, (rows) =>
      rows.map((row) => toContentView(row, today)),
    );
  }
}
