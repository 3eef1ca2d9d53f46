import { Injectable } from '@nestjs/common';
import type { Actor } from '#libs/platform';
import { BulletinEditionsRepository } from '../editions/bulletin-editions.repository.js';
import type { DeliveryStatus } from '../editions/edition.view.js';
import { DeliveriesRepository, type DeliveryRow } from './deliveries.repository.js';

/** The copies of an edition with their addresses, for the editors (e.g. the UNCERTAIN ones). */
@Injectable()
export class ListEditionDeliveriesUseCase {
  constructor(
    private readonly editions: BulletinEditionsRepository,
    private readonly deliveries: DeliveriesRepository,
  ) {}

  async execute(actor: Actor, editionId: string, status?: DeliveryStatus): Promise<DeliveryRow[]> {
    const edition = await this.editions.get(actor.organisationId, editionId);
    return this.deliveries.ofEdition(actor.organisationId, edition.id, status ?? null);
  }
}
