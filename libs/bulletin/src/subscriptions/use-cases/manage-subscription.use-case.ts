import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { BulletinError } from '../../domain/bulletin.error.js';
import { SECTION_CODES, SECTION_TITLES, type SectionCode } from '../../domain/edition-sections.js';
import { BulletinAreaEntity } from '../../persistence/bulletin-area.entity.js';
import {
  BulletinSubscriberEntity,
  type SubscriberStatus,
} from '../../persistence/bulletin-subscriber.entity.js';
import { type ConsentMethod, recordConsentEvent } from '../consent-events.writer.js';
import { SubscriptionTokens } from '../subscription-tokens.repository.js';

export const INVALID_MANAGE_LINK =
  'Il link non è valido: usa quello dell’ultimo bollettino ricevuto.';

export interface SubscriptionView {
  status: SubscriberStatus;
  /** 'a•••@example.org': enough to recognise one's own address on a shared screen. */
  maskedEmail: string;
  areas: Array<{ id: string; name: string; chosen: boolean }>;
  sections: Array<{ code: SectionCode; title: string; chosen: boolean }>;
}

/** What the links of every copy allow: see the choices, change them, or leave in one click. */
@Injectable()
export class ManageSubscriptionUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: SubscriptionTokens,
  ) {}

  view(token: string): Promise<SubscriptionView> {
    return this.dataSource.transaction(async (manager) =>
      this.toView(manager, await this.subscriber(manager, token)),
    );
  }

  /** RFC 8058 one-click and the unsubscribe page. Unsubscribing twice is not an error. */
  async unsubscribe(token: string, method: ConsentMethod, ip: string | null): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const subscriber = await this.subscriber(manager, token);
      if (subscriber.status === 'UNSUBSCRIBED') return;
      subscriber.status = 'UNSUBSCRIBED';
      subscriber.unsubscribedAt = new Date();
      subscriber.pendingChoice = null;
      await manager.save(subscriber);
      await recordConsentEvent(manager, {
        subscriberId: subscriber.id,
        organisationId: subscriber.organisationId,
        event: 'UNSUBSCRIBED',
        method,
        ip,
      });
    });
  }

  async updatePreferences(
    token: string,
    choice: { areaIds: string[]; sections: SectionCode[] },
    ip: string | null,
  ): Promise<SubscriptionView> {
    return this.dataSource.transaction(async (manager) => {
      const subscriber = await this.subscriber(manager, token);
      const areas = await this.areasOf(manager, subscriber.organisationId);
      const allowed = new Set(areas.map((area) => area.id));
      const areaIds = [...new Set(choice.areaIds)].filter((id) => allowed.has(id));
      const sections = SECTION_CODES.filter((code) => choice.sections.includes(code));
      if (areaIds.length === 0 || sections.length === 0) {
        throw new BulletinError(
          'INVALID_CONTENT',
          'Scegli almeno un’area e una sezione, oppure annulla l’iscrizione.',
        );
      }
      subscriber.areaIds = areaIds;
      subscriber.sections = sections;
      await manager.save(subscriber);
      await recordConsentEvent(manager, {
        subscriberId: subscriber.id,
        organisationId: subscriber.organisationId,
        event: 'PREFERENCES_CHANGED',
        method: 'PREFERENCES_PAGE',
        ip,
        details: { areaIds, sections },
      });
      return this.toView(manager, subscriber);
    });
  }

  private async subscriber(manager: EntityManager, token: string) {
    const id = await this.tokens.resolve(manager, token, 'MANAGE');
    if (!id) throw new BulletinError('INVALID_TOKEN', INVALID_MANAGE_LINK);
    return manager.findOneOrFail(BulletinSubscriberEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
  }

  private areasOf(manager: EntityManager, organisationId: string) {
    return manager.find(BulletinAreaEntity, {
      where: { organisationId: In([organisationId]), archivedAt: IsNull() },
      order: { name: 'ASC' },
    });
  }

  private async toView(
    manager: EntityManager,
    subscriber: BulletinSubscriberEntity,
  ): Promise<SubscriptionView> {
    const areas = await this.areasOf(manager, subscriber.organisationId);
    return {
      status: subscriber.status,
      maskedEmail: maskEmail(subscriber.email),
      areas: areas.map((area) => ({
        id: area.id,
        name: area.name,
        chosen: subscriber.areaIds.includes(area.id),
      })),
      sections: SECTION_CODES.map((code) => ({
        code,
        title: SECTION_TITLES[code],
        chosen: subscriber.sections.includes(code),
      })),
    };
  }
}

export function maskEmail(email: string): string {
  const [local, domain] = email.split('@');
  return `${local.slice(0, 1)}•••@${domain ?? ''}`;
}
