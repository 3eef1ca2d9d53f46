import { Injectable } from '@nestjs/common';
import { MunicipalitiesService } from '#libs/geo';
import { type Actor, RecordChanges } from '#libs/platform';
import type { EntityManager } from 'typeorm';
import { BulletinError } from '../../domain/bulletin.error.js';
import { BulletinContentEntity } from '../../persistence/bulletin-content.entity.js';
import { BulletinContentsRepository } from '../bulletin-contents.repository.js';
import type { ContentInput, ContentView } from '../content.input.js';
import { assertValidContent } from '../content.rules.js';
import { toContentView } from '../content.view.js';
import { dayInRome } from '#libs/kernel';

const FIELDS = [
  'title',
  'summary',
  'provider',
  'municipalityCode',
  'place',
  'areaIds',
  'target',
  'startsOn',
  'endsOn',
  'enrolBy',
  'cefrLevel',
  'hours',
  'schedule',
  'free',
  'url',
  'howTo',
  'contact',
] as const;

/**
 * Creates, changes and archives bulletin contents. The search index follows through RecordChanges
 * (type 'course', the search layer's `courses` index), in the same transaction.
 */
@Injectable()
export class SaveContentUseCase {
  constructor(
    private readonly contents: BulletinContentsRepository,
    private readonly municipalities: MunicipalitiesService,
    private readonly changes: RecordChanges,
  ) {}

  create(actor: Actor, input: ContentInput): Promise<ContentView> {
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
      return this.save(manager, actor, apply(content, input), 'upsert');
    });
  }

  update(actor: Actor, id: string, input: Partial<ContentInput>): Promise<ContentView> {
    return this.contents.transaction(async (manager) => {
      const content = await this.getForUpdate(manager, actor, id);
      if (input.kind !== undefined && input.kind !== content.kind) {
        throw new BulletinError('INVALID_CONTENT', 'Il tipo di un contenuto non si può cambiare.');
      }
      return this.save(manager, actor, apply(content, input), 'upsert');
    });
  }

  archive(actor: Actor, id: string): Promise<ContentView> {
    return this.contents.transaction(async (manager) => {
      const content = await this.getForUpdate(manager, actor, id);
      content.archivedAt ??= new Date();
      return this.save(manager, actor, content, 'delete');
    });
  }

  private getForUpdate(manager: EntityManager, actor: Actor, id: string) {
    return this.contents.getForUpdate(manager, actor.organisationId, id);
  }

  private async save(
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

function apply(
  content: BulletinContentEntity,
  input: Partial<ContentInput>,
): BulletinContentEntity {
  const target = content as unknown as Record<string, unknown>;
  for (const field of FIELDS) {
    const value = input[field];
    if (value !== undefined) target[field] = typeof value === 'string' ? value.trim() : value;
  }
  if (input.areaIds !== undefined) content.areaIds = [...new Set(input.areaIds)];
  return content;
}
