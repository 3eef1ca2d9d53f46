import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { OrganisationId } from '#libs/platform';
import { type PersonalDataParticipant, PersonalDataRegistry } from '#libs/privacy';
import type { EntityManager } from 'typeorm';
import {
  DELETE_TOKENS_SQL,
  ERASE_CANDIDATE_SUBSCRIBERS_SQL,
  ERASE_CONSENT_IPS_SQL,
  EXPORT_CANDIDATE_SUBSCRIPTIONS_SQL,
} from './bulletin-subscribers.sql.js';

/**
 * A candidate's own bulletin subscription (the copy with their best matches). Erasure keeps the row,
 * so the delivery records still prove that nobody got an edition twice, but drops the address, the
 * link to the person and the network address of every consent event, and stops any further copy.
 */
@Injectable()
export class BulletinPersonalData implements PersonalDataParticipant, OnModuleInit {
  readonly section = 'bulletinSubscriptions';

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async export(
    manager: EntityManager,
    organisationId: OrganisationId,
    candidateId: string,
  ): Promise<unknown> {
    return manager.query(EXPORT_CANDIDATE_SUBSCRIPTIONS_SQL, [organisationId, candidateId]);
  }

  async erase(
    manager: EntityManager,
    organisationId: OrganisationId,
    candidateId: string,
  ): Promise<void> {
    const subscribers: Array<{ id: string }> = await manager.query(
      ERASE_CANDIDATE_SUBSCRIBERS_SQL,
      [organisationId, candidateId],
    );
    if (subscribers.length === 0) return;
    const ids = subscribers.map((s) => s.id);
    await manager.query(ERASE_CONSENT_IPS_SQL, [ids]);
    await manager.query(DELETE_TOKENS_SQL, [ids]);
  }
}
