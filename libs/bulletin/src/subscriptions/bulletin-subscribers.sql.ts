/** SQL of the bulletin_subscribers, bulletin_consent_events and bulletin_tokens tables. */

/** A subscriber for the address unless the organisation has one ($1 org, $2 e-mail, $3 sections). */
export const INSERT_SUBSCRIBER_SQL = `
  INSERT INTO bulletin_subscribers (organisation_id, email, sections)
  VALUES ($1, $2, $3) ON CONFLICT (organisation_id, email) DO NOTHING`;

/** Appends one event to the consent record. */
export const INSERT_CONSENT_EVENT_SQL = `
  INSERT INTO bulletin_consent_events
    (subscriber_id, organisation_id, event, method, ip, text_version, details)
  VALUES ($1, $2, $3, $4, $5, $6, $7)`;

/** A candidate's subscriptions, pending ones too, with their consent record ($1 organisation, $2 candidate). */
export const EXPORT_CANDIDATE_SUBSCRIPTIONS_SQL = `
  SELECT s.email, s.status, s.area_ids AS "areaIds", s.sections, s.consent, s.created_at AS "createdAt",
         (SELECT json_agg(json_build_object('event', e.event, 'at', e.at, 'method', e.method, 'textVersion', e.text_version) ORDER BY e.at)
            FROM bulletin_consent_events e WHERE e.subscriber_id = s.id) AS "consentEvents"
    FROM bulletin_subscribers s
   WHERE s.organisation_id = $1
     AND (s.candidate_id = $2 OR s.pending_choice ->> 'candidateId' = $2::text)`;

/**
 * Erasure keeps a candidate's subscriber rows without address or link to the person: those linked
 * to them and those staff asked for them that wait for the confirmation link (the link to the person
 * is then only in the pending choice).
 */
export const ERASE_CANDIDATE_SUBSCRIBERS_SQL = `
  WITH erased AS (
    UPDATE bulletin_subscribers
       SET email = 'cancellato-' || id || '@invalid', status = 'UNSUBSCRIBED', candidate_id = NULL,
           consent = NULL, pending_choice = NULL, unsubscribed_at = coalesce(unsubscribed_at, now()), updated_at = now()
     WHERE organisation_id = $1
       AND (candidate_id = $2 OR pending_choice ->> 'candidateId' = $2::text)
     RETURNING id
  )
  SELECT id FROM erased`;

/** ... drops the network address of their consent events ($1 subscriber ids) ... */
export const ERASE_CONSENT_IPS_SQL = `UPDATE bulletin_consent_events SET ip = NULL WHERE subscriber_id = ANY($1::uuid[])`;

/** ... and their links. */
export const DELETE_TOKENS_SQL = `DELETE FROM bulletin_tokens WHERE subscriber_id = ANY($1::uuid[])`;

/** The consent record of one subscriber ($2) of the organisation ($1), oldest first, without IPs. */
export const CONSENT_HISTORY_SQL = `
  SELECT e.at, e.event, e.method, e.text_version AS "textVersion", e.details
    FROM bulletin_consent_events e
    JOIN bulletin_subscribers s ON s.id = e.subscriber_id AND s.organisation_id = $1
   WHERE e.subscriber_id = $2
   ORDER BY e.at, e.id`;
