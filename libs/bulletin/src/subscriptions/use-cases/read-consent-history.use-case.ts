import { Injectable } from '@nestjs/common';
import type { Actor } from '#libs/platform';
import { BulletinError } from '../../domain/bulletin.error.js';
import {
  BulletinSubscribersRepository,
  type ConsentEvent,
} from '../bulletin-subscribers.repository.js';

/** How a reader's consent was asked, given, changed or withdrawn: the proof the GDPR asks for. */
@Injectable()
export class ReadConsentHistoryUseCase {
  constructor(private readonly subscribers: BulletinSubscribersRepository) {}

  async execute(actor: Actor, subscriberId: string): Promise<ConsentEvent[]> {
    const events = await this.subscribers.consentHistory(actor.organisationId, subscriberId);
    if (events.length === 0) throw new BulletinError('NOT_FOUND', 'Iscritto non trovato.');
    return events;
  }
}
