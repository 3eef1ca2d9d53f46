import { Injectable, Logger } from '@nestjs/common';
import { AppConfig, MailDeliveryError, MailTransport, safeError } from '#libs/platform';
import { BulletinSite } from '../bulletin-site.js';
import { recipientLinks } from '../rendering/bulletin-links.js';
import { hashToken, newToken } from '../subscriptions/subscription-tokens.js';
import type { SendEditionJob } from './bulletin.jobs.js';
import {
  ClaimLostError,
  type ClaimedDelivery,
  DeliveriesRepository,
} from './deliveries.repository.js';
import { EditionMailCache } from './edition-mail.cache.js';
import { PersonalMatchesSource } from './personal-matches.source.js';

/**
 * What became of one send. RETRY asks the queue to try again later (with backoff); BOUNCED and
 * FAILED must not be retried; the others are final and need nothing more.
 */
export type SendOutcome =
  | { outcome: 'SENT' | 'SKIPPED' | 'NOT_CLAIMED' | 'UNCERTAIN' }
  | { outcome: 'BOUNCED' | 'FAILED' | 'RETRY'; reason: string };

/**
 * Sends one subscriber's copy of an edition, at most once:
 * 1. claim the delivery row (QUEUED → SENDING, attempts + 1): a row already SENT, or taken back
 *    by a newer job, is not claimed and nothing is sent;
 * 2. render the copy with a fresh unsubscribe token (only its hash is stored, by the claim);
 * 3. hand the message to SMTP; just before the final '.', mark the row submitted: from then on
 *    it can only become SENT or UNCERTAIN, never be sent again;
 * 4. record SENT, or the failure: 5xx bounces (and may suspend the address), 4xx and lost
 *    connections go back to QUEUED for a later attempt.
 */
@Injectable()
export class SendDeliveryUseCase {
  private readonly logger = new Logger(SendDeliveryUseCase.name);

  constructor(
    private readonly deliveries: DeliveriesRepository,
    private readonly editions: EditionMailCache,
    private readonly personalMatches: PersonalMatchesSource,
    private readonly mail: MailTransport,
    private readonly site: BulletinSite,
    private readonly config: AppConfig,
  ) {}

  async execute(job: SendEditionJob, isLastAttempt: boolean): Promise<SendOutcome> {
    const token = newToken();
    const delivery = await this.deliveries.claim(
      job.deliveryId,
      job.generation,
      this.config.BULLETIN_SEND_LEASE_SECONDS,
      hashToken(token),
    );
    if (!delivery) return { outcome: 'NOT_CLAIMED' };
    try {
      return await this.send(delivery, token, isLastAttempt);
    } catch (error) {
      // Not a mail failure (the database, a rendering bug): nothing left, so it may be tried again.
      if (error instanceof ClaimLostError) return { outcome: 'NOT_CLAIMED' };
      this.logger.error({ deliveryId: delivery.id, error: safeError(error) }, 'invio non riuscito');
      const reason = "errore interno durante l'invio";
      if (isLastAttempt) {
        await this.deliveries.finish(delivery.id, delivery.generation, 'FAILED', {
          response: reason,
        });
        return { outcome: 'FAILED', reason };
      }
      // Past the gate the row stays SENDING: the reconciliation then marks it UNCERTAIN.
      await this.deliveries.release(delivery.id, delivery.generation, {}, false);
      return { outcome: 'RETRY', reason };
    }
  }

  private async send(
    delivery: ClaimedDelivery,
    token: string,
    isLastAttempt: boolean,
  ): Promise<SendOutcome> {
    const { id, generation } = delivery;
    const edition = await this.editions.get(delivery.editionId);
    const sections = edition.shownSections.filter((code) => delivery.sections.includes(code));
    if (
      delivery.subscriberStatus !== 'ACTIVE' ||
      !delivery.areaIds.includes(edition.areaId) ||
      sections.length === 0
    ) {
      await this.deliveries.finish(id, generation, 'SKIPPED', {});
      return { outcome: 'SKIPPED' };
    }
    const personalMatches = delivery.candidateId
      ? await this.personalMatches.forCandidate(
          delivery.organisationId,
          delivery.candidateId,
          new Date(),
        )
      : undefined;
    const copy = await edition.render(sections, {
      links: recipientLinks({ site: this.site.subscriptions, token }),
      personalMatches,
    });
    const messageId = this.mail.messageId(`bollettino.${id}`);
    try {
      const receipt = await this.mail.send(
        {
          to: delivery.email,
          subject: copy.subject,
          html: copy.html,
          text: copy.text,
          headers: { ...copy.headers },
          messageId,
        },
        { beforeCommit: () => this.deliveries.markSubmitted(id, generation) },
      );
      await this.deliveries.markSent(id, generation, messageId, {
        code: replyCode(receipt.response),
        response: receipt.response.slice(0, 300),
      });
      return { outcome: 'SENT' };
    } catch (error) {
      if (!(error instanceof MailDeliveryError)) throw error;
      return this.failed(delivery, error, isLastAttempt);
    }
  }

  private async failed(
    { id, generation }: ClaimedDelivery,
    error: MailDeliveryError,
    isLastAttempt: boolean,
  ): Promise<SendOutcome> {
    const outcome = { code: error.responseCode, response: error.response ?? error.message };
    switch (error.kind) {
      case 'PERMANENT': {
        const suspended = await this.deliveries.markBounced(
          id,
          generation,
          outcome,
          this.config.BULLETIN_MAX_BOUNCES,
        );
        if (suspended)
          this.logger.warn({ deliveryId: id }, 'indirizzo sospeso dopo ripetuti rifiuti');
        return { outcome: 'BOUNCED', reason: error.message };
      }
      case 'UNCERTAIN':
        await this.deliveries.finish(id, generation, 'UNCERTAIN', outcome);
        return { outcome: 'UNCERTAIN' };
      case 'TEMPORARY':
        if (isLastAttempt) {
          await this.deliveries.finish(id, generation, 'FAILED', outcome);
          return { outcome: 'FAILED', reason: error.message };
        }
        // Without a reply the failure came before the gate; with one, the server refused the data.
        await this.deliveries.release(id, generation, outcome, true);
        return { outcome: 'RETRY', reason: error.message };
    }
  }
}

function replyCode(response: string): number | undefined {
  const code = Number(response.slice(0, 3));
  return Number.isInteger(code) && code >= 200 && code < 600 ? code : undefined;
}
