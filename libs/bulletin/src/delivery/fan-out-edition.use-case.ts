import { Injectable, Logger } from '@nestjs/common';
import { BulletinError } from '../domain/bulletin.error.js';
import { markSent } from '../domain/edition-editor.js';
import { decodeEdition, storeEdition } from '../persistence/edition-content.codec.js';
import { BulletinEditionsRepository } from '../editions/bulletin-editions.repository.js';
import { BulletinQueues } from './bulletin-jobs.writer.js';
import { DeliveriesRepository } from './deliveries.repository.js';

/**
 * Turns an approved edition into deliveries. In one transaction: one row per active subscriber of
 * the area (unique per edition and subscriber, so running again adds nobody twice) and the edition
 * becomes SENT. After the commit, one send job per row still QUEUED, with an id derived from the
 * row, so enqueueing again (a retried fan-out) adds nothing the queue already holds.
 */
@Injectable()
export class FanOutEditionUseCase {
  private readonly logger = new Logger(FanOutEditionUseCase.name);

  constructor(
    private readonly editions: BulletinEditionsRepository,
    private readonly queues: BulletinQueues,
    private readonly deliveries: DeliveriesRepository,
  ) {}

  async execute(editionId: string): Promise<{ created: number; enqueued: number }> {
    const created = await this.editions.transaction(async (manager) => {
      const row = await this.editions.findByIdForUpdate(manager, editionId);
      if (!row) throw BulletinError.notFound('Edizione');
      if (row.status === 'SENT') return 0;
      const inserted = await this.deliveries.fanOut(manager, row);
      storeEdition(row, markSent(decodeEdition(row), new Date()));
      await manager.save(row);
      return inserted;
    });
    const queued = await this.deliveries.queuedOfEdition(editionId);
    await this.queues.sendEditions(queued);
    this.logger.log({ editionId, created, enqueued: queued.length }, "invio dell'edizione avviato");
    return { created, enqueued: queued.length };
  }
}
