import { Injectable } from '@nestjs/common';
import { type EntityManager, In, IsNull } from 'typeorm';
import { BulletinError } from '../domain/bulletin.error.js';
import { SECTION_CODES, SECTION_TITLES, type SectionCode } from '../domain/edition-sections.js';
import { BulletinAreaEntity } from '../persistence/bulletin-area.entity.js';
import {
  BulletinSubscriberEntity,
  type SubscriberStatus,
} from '../persistence/bulletin-subscriber.entity.js';
import { SubscriptionTokens } from './subscription-tokens.repository.js';

export const INVALID_MANAGE_LINK =
  'Il link non è valido: usa quello dell’ultimo bollettino ricevuto.';

export interface SubscriptionView {
  status: SubscriberStatus;
  /** 'a•••@example.org': enough to recognise one's own address on a shared screen. */
  maskedEmail: string;
  areas: Array<{ id: string; name: string; chosen: boolean }>;
  sections: Array<{ code: SectionCode; title: string; chosen: boolean }>;
}

/**
 * What the links of every copy lead to: the subscriber of a manage token (locked for the
 * transaction), the areas one may choose, and the choices as the subscriber sees them.
 */
@Injectable()
export class ManagedSubscriptionReader {
  constructor(private readonly tokens: SubscriptionTokens) {}

  async subscriber(manager: EntityManager, token: string): Promise<BulletinSubscriberEntity> {
    const id = await this.tokens.resolve(manager, token, 'MANAGE');
    if (!id) throw new BulletinError('INVALID_TOKEN', INVALID_MANAGE_LINK);
    return manager.findOneOrFail(BulletinSubscriberEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
  }

  areasOf(manager: EntityManager, organisationId: string): Promise<BulletinAreaEntity[]> {
    return manager.find(BulletinAreaEntity, {
      where: { organisationId: In([organisationId]), archivedAt: IsNull() },
      order: { name: 'ASC' },
    });
  }

  async view(
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
