import { Injectable } from '@nestjs/common';
import type { Actor } from '#libs/platform';
import { BulletinError } from '../../domain/bulletin.error.js';
import { BulletinQueues } from '../../delivery/bulletin-jobs.writer.js';
import { BulletinEditionsRepository } from '../bulletin-editions.repository.js';
import { type EditionSummary, toEditionSummary } from '../edition.view.js';

/**
 * Starts the delivery of an approved edition: the worker creates one delivery row per subscriber
 * and sends. Asking again is harmless (the fan-out job has one id per edition and the rows are
 * unique per subscriber), which is also how an editor resumes a delivery.
 */
@Injectable()
export class SendEditionUseCase {
  constructor(
    private readonly editions: BulletinEditionsRepository,
    private readonly queues: BulletinQueues,
  ) {}

  async execute(actor: Actor, id: string): Promise<EditionSummary> {
    const row = await this.editions.get(actor.organisationId, id);
    if (row.status === 'DRAFT') {
      throw new BulletinError(
        'EDITION_NOT_APPROVED',
        "L'edizione è ancora una bozza: approvala prima di inviarla.",
      );
    }
    await this.queues.fanOut(row.id);
    return toEditionSummary(row);
  }
}
