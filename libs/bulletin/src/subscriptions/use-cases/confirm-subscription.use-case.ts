import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BulletinError } from '../../domain/bulletin.error.js';
import {
  BulletinSubscriberEntity,
  type SubscriberStatus,
} from '../../persistence/bulletin-subscriber.entity.js';
import { BulletinSubscribersRepository } from '../bulletin-subscribers.repository.js';
import { recordConsentEvent } from '../consent-events.writer.js';
import { SubscriptionTokens } from '../subscription-tokens.repository.js';

export const INVALID_CONFIRM_LINK =
  'Il link di conferma non è valido o è scaduto: ripeti l’iscrizione per riceverne uno nuovo.';

/**
 * The second step of double opt-in: the link from the mailbox activates the pending choices and
 * stores the consent (when, from where, which text). Using the link again changes nothing.
 */
@Injectable()
export class ConfirmSubscriptionUseCase {
  constructor(
    private readonly subscribers: BulletinSubscribersRepository,
    private readonly tokens: SubscriptionTokens,
  ) {}

  async execute(token: string, ip: string | null): Promise<{ status: SubscriberStatus }> {
    return this.subscribers.transaction(async (manager) => {
      const subscriberId = await this.tokens.resolve(manager, token, 'CONFIRM');
      if (!subscriberId) throw new BulletinError('INVALID_TOKEN', INVALID_CONFIRM_LINK);
      const subscriber = await manager.findOneOrFail(BulletinSubscriberEntity, {
        where: { id: subscriberId },
        lock: { mode: 'pessimistic_write' },
      });
      const choice = subscriber.pendingChoice;
      if (!choice) return { status: subscriber.status };
      const now = new Date();
      subscriber.areaIds = choice.areaIds;
      subscriber.sections = choice.sections;
      subscriber.candidateId = await this.consentingCandidate(manager, choice.candidateId);
      subscriber.status = 'ACTIVE';
      subscriber.consent = {
        givenAt: now.toISOString(),
        requestedAt: choice.requestedAt,
        requestIp: choice.ip,
        confirmIp: ip,
        method: choice.method,
        textVersion: choice.textVersion,
      };
      subscriber.pendingChoice = null;
      subscriber.bounceCount = 0;
      subscriber.suspendedAt = null;
      subscriber.unsubscribedAt = null;
      await manager.save(subscriber);
      await this.tokens.markUsed(manager, token);
      await recordConsentEvent(manager, {
        subscriberId: subscriber.id,
        organisationId: subscriber.organisationId,
        event: 'CONFIRMED',
        method: 'EMAIL_LINK',
        ip,
        textVersion: choice.textVersion,
        details: { areaIds: choice.areaIds, sections: choice.sections },
      });
      return { status: subscriber.status };
    });
  }

  /** The personal section needs the candidate's consent still on record at confirmation. */
  private async consentingCandidate(
    manager: EntityManager,
    candidateId: string | null,
  ): Promise<string | null> {
    if (!candidateId) return null;
    return (await this.subscribers.candidateConsents(manager, candidateId)) ? candidateId : null;
  }
}
