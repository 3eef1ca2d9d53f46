import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type CandidateBulletinConsent, CandidateCaseReader } from '#libs/candidates';
import type { OrganisationId } from '#libs/platform';
import { DataSource, type EntityManager } from 'typeorm';
import type { SectionCode } from '../domain/edition-sections.js';
import {
  BulletinSubscriberEntity,
  type SubscriberStatus,
} from '../persistence/bulletin-subscriber.entity.js';
import { CONSENT_HISTORY_SQL, INSERT_SUBSCRIBER_SQL } from './bulletin-subscribers.sql.js';

/** One step of a subscriber's consent record. */
export interface ConsentEvent {
  at: Date;
  event: 'REQUESTED' | 'CONFIRMED' | 'PREFERENCES_CHANGED' | 'UNSUBSCRIBED' | 'SUSPENDED';
  method: string;
  textVersion: string | null;
  details: Record<string, unknown>;
}

export interface SubscriberFilter {
  status?: SubscriberStatus;
  areaId?: string;
  page: number;
  pageSize: number;
}

/** The bulletin's readers and what their records need from elsewhere. */
@Injectable()
export class BulletinSubscribersRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: CandidateCaseReader,
  ) {}

  /** Runs `work` in one transaction. */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** The organisation's subscriber for the address, created if new, locked for the transaction. */
  async upsertForUpdate(
    manager: EntityManager,
    organisationId: OrganisationId,
    email: string,
    sectionsDefault: readonly SectionCode[],
  ): Promise<BulletinSubscriberEntity> {
    await manager.query(INSERT_SUBSCRIBER_SQL, [organisationId, email, sectionsDefault]);
    return manager.findOneOrFail(BulletinSubscriberEntity, {
      where: { organisationId, email },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** One page of the organisation's subscribers by address, and how many there are. */
  list(
    organisationId: OrganisationId,
    filter: SubscriberFilter,
  ): Promise<[BulletinSubscriberEntity[], number]> {
    const query = this.dataSource.manager
      .createQueryBuilder(BulletinSubscriberEntity, 's')
      .where('s.organisation_id = :org', { org: organisationId });
    if (filter.status) query.andWhere('s.status = :status', { status: filter.status });
    if (filter.areaId) query.andWhere(':areaId = ANY (s.area_ids)', { areaId: filter.areaId });
    return query
      .orderBy('s.email', 'ASC')
      .skip((filter.page - 1) * filter.pageSize)
      .take(filter.pageSize)
      .getManyAndCount();
  }

  /** The consent record of a subscriber of the organisation, oldest first (empty if unknown). */
  consentHistory(organisationId: OrganisationId, subscriberId: string): Promise<ConsentEvent[]> {
    return this.dataSource.query(CONSENT_HISTORY_SQL, [organisationId, subscriberId]);
  }

  /** A person's address, bulletin consent and tutors; undefined if not found or archived. */
  async candidateConsent(
    organisationId: OrganisationId,
    candidateId: string,
  ): Promise<CandidateBulletinConsent | undefined> {
    return this.cases.bulletinConsentOf(organisationId, candidateId);
  }

  /** Whether the person's record (not archived) still holds the bulletin consent. */
  async candidateConsents(manager: EntityManager, candidateId: string): Promise<boolean> {
    return this.cases.holdsBulletinConsent(candidateId, manager);
  }
}
