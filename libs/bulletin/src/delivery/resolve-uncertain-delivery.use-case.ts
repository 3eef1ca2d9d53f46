import { Injectable } from '@nestjs/common';
import type { Actor } from '#libs/platform';
import { BulletinError } from '../domain/bulletin.error.js';
import { BulletinEditionsRepository } from '../editions/bulletin-editions.repository.js';
import { BulletinQueues } from './bulletin-jobs.writer.js';
import { DeliveriesRepository } from './deliveries.repository.js';

export const UNCERTAIN_RESOLUTIONS = ['DELIVERED', 'RESEND'] as const;
export type UncertainResolution = (typeof UNCERTAIN_RESOLUTIONS)[number];

/**
 * A copy whose fate is unknown (the worker vanished after the end of the data) waits for an editor:
 * either the reader got it (DELIVERED) or it is sent again (RESEND), at the risk of a duplicate the
 * editor has accepted. Only an UNCERTAIN copy can be resolved, and only once.
 */
@Injectable()
export class ResolveUncertainDeliveryUseCase {
  constructor(
    private readonly editions: BulletinEditionsRepository,
    private readonly deliveries: DeliveriesRepository,
    private readonly queues: BulletinQueues,
  ) {}

  async execute(
    actor: Actor,
    editionId: string,
    deliveryId: string,
    resolution: UncertainResolution,
  ): Promise<{ deliveryId: string; resolution: UncertainResolution }> {
    const edition = await this.editions.get(actor.organisationId, editionId);
    if (resolution === 'DELIVERED') {
      if (!(await this.deliveries.confirmUncertain(actor.organisationId, edition.id, deliveryId)))
        throw notUncertain();
    } else {
      const queued = await this.deliveries.resendUncertain(
        actor.organisationId,
        edition.id,
        deliveryId,
      );
      if (!queued) throw notUncertain();
      // After the commit of the UPDATE; if this fails, the reconciliation requeues the copy.
      await this.queues.sendEditions([queued]);
    }
    return { deliveryId, resolution };
  }
}

function notUncertain(): BulletinError {
  return new BulletinError(
    'ILLEGAL_TRANSITION',
    'Questa copia non ha un esito incerto (o è già stata risolta): non c’è niente da decidere.',
  );
}
