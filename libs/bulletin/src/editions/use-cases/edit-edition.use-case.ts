import { Injectable } from '@nestjs/common';
import type { Actor } from '#libs/platform';
import { approve, dropItem, reorderItem } from '../../domain/edition-editor.js';
import type { Edition } from '../../domain/edition.js';
import type { SectionCode } from '../../domain/edition-sections.js';
import { decodeEdition, storeEdition } from '../../persistence/edition-content.codec.js';
import { BulletinEditionsRepository } from '../bulletin-editions.repository.js';
import { type EditionDetail, toEditionDetail } from '../edition.view.js';

export type EditionChange =
  | { kind: 'reorder'; section: SectionCode; itemId: string; toIndex: number }
  | { kind: 'drop'; section: SectionCode; itemId: string }
  | { kind: 'approve' };

/**
 * The editor's review: move or drop entries of a draft, then approve it. Each change locks the
 * edition's row, applies the pure editor operation and stores the result; the domain refuses
 * changes to an approved or sent edition.
 */
@Injectable()
export class EditEditionUseCase {
  constructor(private readonly editions: BulletinEditionsRepository) {}

  async execute(actor: Actor, id: string, change: EditionChange): Promise<EditionDetail> {
    return this.editions.transaction(async (manager) => {
      const row = await this.editions.getForUpdate(manager, actor.organisationId, id);
      const edited = applyChange(decodeEdition(row), change, actor);
      storeEdition(row, edited);
      return toEditionDetail(await manager.save(row), {});
    });
  }
}

function applyChange(edition: Edition, change: EditionChange, actor: Actor): Edition {
  switch (change.kind) {
    case 'reorder':
      return reorderItem(edition, change.section, change.itemId, change.toIndex);
    case 'drop':
      return dropItem(edition, change.section, change.itemId);
    case 'approve':
      return approve(edition, { by: { kind: 'EDITOR', editorId: actor.userId }, at: new Date() });
  }
}
