import type { EntityManager } from 'typeorm';
import { INSERT_CONSENT_EVENT_SQL } from './bulletin-subscribers.sql.js';

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
  await manager.query(INSERT_CONSENT_EVENT_SQL, [
    event.subscriberId,
    event.organisationId,
    event.event,
    event.method,
    event.ip,
    event.textVersion ?? null,
    event.details ?? {},
  ]);
}
