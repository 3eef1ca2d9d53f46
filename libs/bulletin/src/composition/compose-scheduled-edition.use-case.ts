import { Injectable, Logger } from '@nestjs/common';
import { BulletinAreasRepository } from '../areas/bulletin-areas.repository.js';
import { BulletinQueues } from '../delivery/bulletin-jobs.writer.js';
import { BulletinError } from '../domain/bulletin.error.js';
import { AUTOMATIC_APPROVAL, itemCount } from '../domain/edition.js';
import { approve } from '../domain/edition-editor.js';
import type { WeekKey } from '../domain/edition-week.js';
import { BulletinEditionsRepository } from '../editions/bulletin-editions.repository.js';
import { decodeEdition, storeEdition } from '../persistence/edition-content.codec.js';
import { ComposeAreaEditionUseCase } from './compose-area-edition.use-case.js';

/**
 * One area's job of the weekly run: composes the edition and, for an area that sends
 * automatically, approves it and starts the delivery as soon as the edition exists.
 */
@Injectable()
export class ComposeScheduledEditionUseCase {
  private readonly logger = new Logger(ComposeScheduledEditionUseCase.name);

  constructor(
    private readonly editions: BulletinEditionsRepository,
    private readonly areas: BulletinAreasRepository,
    private readonly compose: ComposeAreaEditionUseCase,
    private readonly queues: BulletinQueues,
  ) {}

  async execute(
    areaId: string,
    weekKey: WeekKey,
  ): Promise<{ editionId: string | null; sending: boolean }> {
    const area = await this.areas.getById(areaId);
    // Archived after the weekly run enqueued it: no edition any more.
    if (area.archivedAt) return { editionId: null, sending: false };
    const { row } = await this.compose.execute(area, weekKey);
    if (!area.autoSend) return { editionId: row.id, sending: false };
    const sendable = await this.approveAutomatically(row.id);
    if (sendable) await this.queues.fanOut(row.id);
    return { editionId: row.id, sending: sendable };
  }

  /** Approves a draft for an area that sends by itself; an empty edition stays a draft. */
  private approveAutomatically(editionId: string): Promise<boolean> {
    return this.editions.transaction(async (manager) => {
      const row = await this.editions.findByIdForUpdate(manager, editionId);
      if (!row) throw BulletinError.notFound('Edizione');
      if (row.status !== 'DRAFT') return row.status === 'APPROVED';
      const edition = decodeEdition(row);
      if (itemCount(edition) === 0) {
        this.logger.warn({ editionId }, 'edizione vuota: resta in bozza, non viene inviata');
        return false;
      }
      try {
        storeEdition(row, approve(edition, { by: AUTOMATIC_APPROVAL, at: new Date() }));
      } catch (error) {
        if (error instanceof BulletinError) return false;
        throw error;
      }
      await manager.save(row);
      return true;
    });
  }
}
