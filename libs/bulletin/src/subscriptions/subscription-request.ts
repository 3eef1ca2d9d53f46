import { Injectable } from '@nestjs/common';
import type { OrganisationId } from '#libs/platform';
import { BulletinQueues } from '../delivery/bulletin-jobs.writer.js';
import type { SectionCode } from '../domain/edition-sections.js';
import type { PendingChoice } from '../persistence/bulletin-subscriber.entity.js';
import { BulletinSubscribersRepository } from './bulletin-subscribers.repository.js';
import { recordConsentEvent } from './consent-events.writer.js';

/** A new confirmation e-mail goes out at most this often per address (no mail bombing). */
const RESEND_AFTER_SECONDS = 120;

export interface SubscriptionRequest {
  organisationId: OrganisationId;
  email: string;
  choice: PendingChoice;
}

/**
 * The one path into a subscription, for the public form and for staff subscribing a candidate:
 * the choices are held as pending and a confirmation e-mail goes to the address. Whatever the
 * address's state (new, pending, active, unsubscribed, suspended) the caller learns nothing: the
 * same thing happens, and nothing changes until the link in the mailbox is used.
 */
@Injectable()
export class SubscriptionRequests {
  constructor(
    private readonly subscribers: BulletinSubscribersRepository,
    private readonly queues: BulletinQueues,
  ) {}

  async request(request: SubscriptionRequest, sectionsDefault: SectionCode[]): Promise<void> {
    const email = request.email.trim().toLowerCase();
    const confirmation = await this.subscribers.transaction(async (manager) => {
      const subscriber = await this.subscribers.upsertForUpdate(
        manager,
        request.organisationId,
        email,
        sectionsDefault,
      );
      await recordConsentEvent(manager, {
        subscriberId: subscriber.id,
        organisationId: subscriber.organisationId,
        event: 'REQUESTED',
        method:
          request.choice.method === 'DOUBLE_OPT_IN_STAFF' ? 'STAFF_FOR_CANDIDATE' : 'WEB_FORM',
        ip: request.choice.ip,
        textVersion: request.choice.textVersion,
        details: { areaIds: request.choice.areaIds, sections: request.choice.sections },
      });
      subscriber.pendingChoice = request.choice;
      const recent =
        subscriber.confirmationRequestedAt !== null &&
        Date.now() - subscriber.confirmationRequestedAt.getTime() < RESEND_AFTER_SECONDS * 1000;
      if (!recent) {
        subscriber.confirmationSequence += 1;
        subscriber.confirmationRequestedAt = new Date();
      }
      await manager.save(subscriber);
      return recent
        ? null
        : { subscriberId: subscriber.id, sequence: subscriber.confirmationSequence };
    });
    if (confirmation) await this.queues.sendConfirmation(confirmation);
  }
}
