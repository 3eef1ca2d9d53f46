import { Injectable } from '@nestjs/common';
import type { Actor } from '#libs/platform';
import { BulletinContentEntity } from '../../persistence/bulletin-content.entity.js';
import { BulletinContentsRepository } from '../bulletin-contents.repository.js';
import type { ContentInput, ContentView } from '../content.input.js';
import { applyContentInput } from '../content.rules.js';
import { BulletinContentWriter } from '../content.writer.js';

/** Adds a course, an active policy, an Italian course or a useful service. */
@Injectable()
export class CreateContentUseCase {
  constructor(
    private readonly contents: BulletinContentsRepository,
    private readonly writer: BulletinContentWriter,
  ) {}

  execute(actor: Actor, input: ContentInput): Promise<ContentView> {
    return this.contents.transaction(async (manager) => {
      const content = manager.create(BulletinContentEntity, {
        organisationId: actor.organisationId,
        kind: input.kind,
        summary: '',
        municipalityCode: null,
        place: null,
        areaIds: [],
        target: null,
        startsOn: null,
        endsOn: null,
        enrolBy: null,
        cefrLevel: null,
        hours: null,
        schedule: [],
        free: null,
        url: null,
        howTo: null,
        contact: null,
        archivedAt: null,
      });
      return this.writer.save(manager, actor, applyContentInput(content, input), 'upsert');
    });
  }
}
