import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MailDeliveryError, MailTransport } from '#libs/platform';
import { DataSource, In } from 'typeorm';
import { BulletinSite } from '../../bulletin-site.js';
import type { SendConfirmationJob } from '../../delivery/bulletin.jobs.js';
import { SECTION_TITLES } from '../../domain/edition-sections.js';
import { BulletinAreaEntity } from '../../persistence/bulletin-area.entity.js';
import { BulletinSubscriberEntity } from '../../persistence/bulletin-subscriber.entity.js';
import { CURRENT_CONSENT_VERSION, isConsentTextVersion } from '../consent-text.js';
import { renderConfirmationEmail } from '../confirmation-email.js';
import { CONFIRM_TOKEN_DAYS, SubscriptionTokens } from '../subscription-tokens.repository.js';

export type ConfirmationOutcome =
  | { outcome: 'SENT' | 'SUPERSEDED' | 'UNCERTAIN' }
  | { outcome: 'REFUSED' | 'RETRY'; reason: string };

/**
 * Sends the double opt-in e-mail. The token is made here, in the worker: the job carries only the
 * subscriber id, and the token exists in the e-mail and, hashed, in the database.
 */
@Injectable()
export class SendConfirmationUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: SubscriptionTokens,
    private readonly mail: MailTransport,
    private readonly site: BulletinSite,
  ) {}

  async execute(job: SendConfirmationJob): Promise<ConfirmationOutcome> {
    const subscriber = await this.dataSource.manager.findOneBy(BulletinSubscriberEntity, {
      id: job.subscriberId,
    });
    const choice = subscriber?.pendingChoice;
    if (!subscriber || !choice || subscriber.confirmationSequence !== job.sequence) {
      return { outcome: 'SUPERSEDED' };
    }
    const areas = await this.dataSource.manager.findBy(BulletinAreaEntity, {
      id: In(choice.areaIds),
    });
    const token = await this.tokens.issueConfirmation(subscriber.id);
    if (!token) return { outcome: 'SUPERSEDED' };
    const email = renderConfirmationEmail({
      confirmUrl: this.site.confirmUrl(token),
      areaNames: areas.map((area) => area.name).sort((a, b) => a.localeCompare(b, 'it')),
      sectionTitles: choice.sections.map((code) => SECTION_TITLES[code]),
      consentVersion: isConsentTextVersion(choice.textVersion)
        ? choice.textVersion
        : CURRENT_CONSENT_VERSION,
      validDays: CONFIRM_TOKEN_DAYS,
    });
    try {
      await this.mail.send({
        to: subscriber.email,
        ...email,
        messageId: this.mail.messageId(`conferma.${subscriber.id}.${job.sequence}`),
      });
      return { outcome: 'SENT' };
    } catch (error) {
      if (!(error instanceof MailDeliveryError)) throw error;
      if (error.kind === 'PERMANENT') return { outcome: 'REFUSED', reason: error.message };
      if (error.kind === 'UNCERTAIN') return { outcome: 'UNCERTAIN' };
      return { outcome: 'RETRY', reason: error.message };
    }
  }
}
