import { Injectable } from '@nestjs/common';
import type { Actor, Page } from '#libs/platform';
import type { SectionCode } from '../../domain/edition-sections.js';
import type {
  SubscriberConsent,
  SubscriberStatus,
} from '../../persistence/bulletin-subscriber.entity.js';
import {
  BulletinSubscribersRepository,
  type SubscriberFilter,
} from '../bulletin-subscribers.repository.js';

export interface SubscriberSummary {
  id: string;
  email: string;
  status: SubscriberStatus;
  areaIds: string[];
  sections: SectionCode[];
  /** Whether the copy carries a candidate's own matches (never which candidate, in lists). */
  personalSection: boolean;
  consent: SubscriberConsent | null;
  bounceCount: number;
  createdAt: Date;
}

/** The organisation's readers, for the editorial staff. */
@Injectable()
export class ListSubscribersUseCase {
  constructor(private readonly subscribers: BulletinSubscribersRepository) {}

  async execute(actor: Actor, filter: SubscriberFilter): Promise<Page<SubscriberSummary>> {
    const [rows, total] = await this.subscribers.list(actor.organisationId, filter);
    return {
      items: rows.map((row) => ({
        id: row.id,
        email: row.email,
        status: row.status,
        areaIds: row.areaIds,
        sections: row.sections,
        personalSection: row.candidateId !== null,
        consent: row.consent,
        bounceCount: row.bounceCount,
        createdAt: row.createdAt,
      })),
      page: filter.page,
      pageSize: filter.pageSize,
      total,
    };
  }
}
