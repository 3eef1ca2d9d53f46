import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { OrganisationId } from '#libs/platform';
import { type PersonalDataParticipant, PersonalDataRegistry } from '#libs/privacy';
import type { EntityManager } from 'typeorm';

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
    return manager.query(
      `SELECT s.email, s.status, s.area_ids AS "areaIds", s.sections, s.consent, s.created_at AS "createdAt",
              (SELECT json_agg(json_build_object('event', e.event, 'at', e.at, 'method', e.method, 'textVersion', e.text_version) ORDER BY e.at)
                 FROM bulletin_consent_events e WHERE e.subscriber_id = s.id) AS "consentEvents"
         FROM bulletin_subscribers s WHERE s.organisation_id = $1 AND s.candidate_id = $2`,
      [organisationId, candidateId],
    );
  }

  async erase(
    manager: EntityManager,
    organisationId: OrganisationId,
    candidateId: string,
  ): Promise<void> {
    const subscribers: Array<{ id: string }> = await manager.query(
      `UPDATE bulletin_subscribers
          SET email = 'cancellato-' || id || '@invalid', status = 'UNSUBSCRIBED', candidate_id = NULL,
              consent = NULL, pending_choice = NULL, unsubscribed_at = coalesce(unsubscribed_at, now()), updated_at = now()
        WHERE organisation_id = $1 AND candidate_id = $2
        RETURNING id`,
      [organisationId, candidateId],
    );
    if (subscribers.length === 0) return;
    const ids = subscribers.map((s) => s.id);
    await manager.query(
      `UPDATE bulletin_consent_events SET ip = NULL WHERE subscriber_id = ANY($1::uuid[])`,
      [ids],
    );
    await manager.query(`DELETE FROM bulletin_tokens WHERE subscriber_id = ANY($1::uuid[])`, [ids]);
  }
}
