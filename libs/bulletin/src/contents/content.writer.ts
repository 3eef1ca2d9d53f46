import { Injectable } from '@nestjs/common';
import { MunicipalitiesService } from '#libs/geo';
import { dayInRome } from '#libs/kernel';
import { type Actor, RecordChanges } from '#libs/platform';
import type { EntityManager } from 'typeorm';
import type { BulletinContentEntity } from '../persistence/bulletin-content.entity.js';
import { BulletinContentsRepository } from './bulletin-contents.repository.js';
import type { ContentView } from './content.input.js';
import { assertValidContent } from './content.rules.js';
import { toContentView } from './content.view.js';

/**
 * Stores a new, changed or archived content once it is valid. The search index follows through
 * RecordChanges (type 'course', the search layer's `courses` index), in the same transaction.
 */
@Injectable()
export class BulletinContentWriter {
  constructor(
    private readonly contents: BulletinContentsRepository,
    private readonly municipalities: MunicipalitiesService,
    private readonly changes: RecordChanges,
  ) {}

  async save(
    manager: EntityManager,
    actor: Actor,
    content: BulletinContentEntity,
    kind: 'upsert' | 'delete',
  ): Promise<ContentView> {
    await assertValidContent(content, {
      municipalities: this.municipalities,
      areasExist: (areaIds) => this.contents.areasExist(manager, content.organisationId, areaIds),
    });
    const saved = await manager.save(content);
    await this.changes.recorded(manager, {
      type: 'course',
      id: saved.id,
      organisationId: actor.organisationId,
      kind,
    });
    return toContentView(saved, dayInRome(new Date()));
  }
}
