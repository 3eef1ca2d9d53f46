import type { EntityManager } from 'typeorm';

export type ConsentEvent =
  'REQUESTED' | 'CONFIRMED' | 'PREFERENCES_CHANGED' | 'UNSUBSCRIBED' | 'SUSPENDED';

export type ConsentMethod =
  | 'WEB_FORM'
  | 'STAFF_FOR_CANDIDATE'
  | 'EMAIL_LINK'
  | 'ONE_CLICK'
  | 'UNSUBSCRIBE_PAGE'
  | 'PREFERENCES_PAGE'
  | 'BOUNCES';

/** Appends to the consent record: when, what, how, from where, and which text was shown. */
export async function recordConsentEvent(
  manager: EntityManager,
  event: {
    subscriberId: string;
    organisationId: string;
    event: ConsentEvent;
    method: ConsentMethod;
    ip: string | null;
    textVersion?: string;
    details?: Record<string, unknown>;
  },
): Promise<void> {
  await manager.query(
    `INSERT INTO bulletin_consent_events
       (subscriber_id, organisation_id, event, method, ip, text_version, details)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      event.subscriberId,
      event.organisationId,
      event.event,
      event.method,
      event.ip,
      event.textVersion ?? null,
      event.details ?? {},
    ],
  );
}
