import { Injectable } from '@nestjs/common';
import type { Actor } from '#libs/platform';
import { BulletinError } from '../../domain/bulletin.error.js';
import { BulletinContentsRepository } from '../bulletin-contents.repository.js';
import type { ContentInput, ContentView } from '../content.input.js';
import { applyContentInput } from '../content.rules.js';
import { BulletinContentWriter } from '../content.writer.js';

/** Changes a content (only the fields given); its kind stays what it was. */
@Injectable()
export class UpdateContentUseCase {
  constructor(
    private readonly contents: BulletinContentsRepository,
    private readonly writer: BulletinContentWriter,
  ) {}

  execute(actor: Actor, id: string, input: Partial<ContentInput>): Promise<ContentView> {
    return this.contents.transaction(async (manager) => {
      const content = await this.contents.getForUpdate(manager, actor.organisationId, id);
      if (input.kind !== undefined && input.kind !== content.kind) {
        throw new BulletinError('INVALID_CONTENT', 'Il tipo di un contenuto non si può cambiare.');
      }
      return this.writer.save(manager, actor, applyContentInput(content, input), 'upsert');
    });
  }
}
