import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BulletinError } from '../domain/bulletin.error.js';
import { markSent } from '../domain/edition-editor.js';
import { BulletinEditionEntity } from '../persistence/bulletin-edition.entity.js';
import { decodeEdition } from '../persistence/edition-content.codec.js';
import { storeEdition } from '../editions/use-cases/edit-edition.use-case.js';
import { BulletinQueues } from './bulletin-jobs.writer.js';

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
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: BulletinQueues,
  ) {}

  async execute(editionId: string): Promise<{ created: number; enqueued: number }> {
    const created = await this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(BulletinEditionEntity, {
        where: { id: editionId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row) throw BulletinError.notFound('Edizione');
      if (row.status === 'SENT') return 0;
      const inserted: { id: string }[] = await manager.query(
        `INSERT INTO bulletin_deliveries (organisation_id, edition_id, subscriber_id)
         SELECT s.organisation_id, $1, s.id FROM bulletin_subscribers s
          WHERE s.organisation_id = $2 AND s.status = 'ACTIVE' AND $3::uuid = ANY (s.area_ids)
         ON CONFLICT (edition_id, subscriber_id) DO NOTHING
         RETURNING id`,
        [row.id, row.organisationId, row.areaId],
      );
      storeEdition(row, markSent(decodeEdition(row), new Date()));
      await manager.save(row);
      return inserted.length;
    });
    const queued: { deliveryId: string; generation: number }[] = await this.dataSource.query(
      `SELECT id AS "deliveryId", generation FROM bulletin_deliveries
        WHERE edition_id = $1 AND status = 'QUEUED' ORDER BY id`,
      [editionId],
    );
    await this.queues.sendEditions(queued);
    this.logger.log({ editionId, created, enqueued: queued.length }, "invio dell'edizione avviato");
    return { created, enqueued: queued.length };
  }
}
