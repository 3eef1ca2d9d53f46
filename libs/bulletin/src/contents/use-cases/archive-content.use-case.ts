import { Injectable } from '@nestjs/common';
import type { Actor } from '#libs/platform';
import { BulletinContentsRepository } from '../bulletin-contents.repository.js';
import type { ContentView } from '../content.input.js';
import { BulletinContentWriter } from '../content.writer.js';

/** Archives a content: it leaves the next editions and the search index. */
@Injectable()
export class ArchiveContentUseCase {
  constructor(
    private readonly contents: BulletinContentsRepository,
    private readonly writer: BulletinContentWriter,
  ) {}

  execute(actor: Actor, id: string): Promise<ContentView> {
    return this.contents.transaction(async (manager) => {
      const content = await this.contents.getForUpdate(manager, actor.organisationId, id);
      content.archivedAt ??= new Date();
      return this.writer.save(manager, actor, content, 'delete');
    });
  }
}
