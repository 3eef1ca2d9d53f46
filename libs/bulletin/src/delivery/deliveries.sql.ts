/*
 * The statements on the hot path of delivery, one round trip each. $1 is the delivery id, $2 its
 * generation.
 */

/**
 * QUEUED → SENDING, or a SENDING row whose claim is older than the lease ($3 seconds) and that
 * never reached the end of its data. Also stores the copy's manage token hash ($4) and reads the
 * subscriber as it is now.
 */
export const CLAIM_SQL = `
  WITH claimed AS (
    UPDATE bulletin_deliveries d
       SET status = 'SENDING', attempts = d.attempts + 1, claimed_at = now(), submitted_at = NULL
     WHERE d.id = $1 AND d.generation = $2
       AND (d.status = 'QUEUED'
            OR (d.status = 'SENDING' AND d.submitted_at IS NULL
                AND d.claimed_at < now() - make_interval(secs => $3)))
    RETURNING d.id, d.edition_id, d.organisation_id, d.generation, d.attempts, d.subscriber_id
  ), token AS (
    INSERT INTO bulletin_tokens (token_hash, subscriber_id, purpose)
    SELECT $4, subscriber_id, 'MANAGE' FROM claimed
  )
  SELECT c.id, c.edition_id AS "editionId", c.organisation_id AS "organisationId",
         c.generation, c.attempts, c.subscriber_id AS "subscriberId", s.email,
         s.status AS "subscriberStatus", s.area_ids AS "areaIds", s.sections,
         s.candidate_id AS "candidateId"
    FROM claimed c JOIN bulletin_subscribers s ON s.id = c.subscriber_id`;

/**
 * SENDING (or UNCERTAIN, if the lease ran out while the server was answering) → SENT. A delivered
 * message ends a run of bounces.
 */
export const MARK_SENT_SQL = `
  WITH sent AS (
    UPDATE bulletin_deliveries
       SET status = 'SENT', finished_at = now(), message_id = $3, smtp_code = $4, smtp_response = $5
     WHERE id = $1 AND generation = $2 AND status IN ('SENDING', 'UNCERTAIN')
    RETURNING subscriber_id
  )
  UPDATE bulletin_subscribers s SET bounce_count = 0
    FROM sent WHERE s.id = sent.subscriber_id AND s.bounce_count > 0`;

/**
 * SENDING → BOUNCED; the subscriber's run of bounces grows and, at $5, an active address is
 * suspended, which the consent record notes.
 */
export const MARK_BOUNCED_SQL = `
  WITH bounced AS (
    UPDATE bulletin_deliveries
       SET status = 'BOUNCED', finished_at = now(), smtp_code = $3, smtp_response = $4
     WHERE id = $1 AND generation = $2 AND status = 'SENDING'
    RETURNING subscriber_id
  ), counted AS (
    UPDATE bulletin_subscribers s
       SET bounce_count = s.bounce_count + 1, last_bounce_at = now(),
           status = CASE WHEN s.bounce_count + 1 >= $5 AND s.status = 'ACTIVE'
                         THEN 'SUSPENDED' ELSE s.status END,
           suspended_at = CASE WHEN s.bounce_count + 1 >= $5 AND s.status = 'ACTIVE'
                               THEN now() ELSE s.suspended_at END
      FROM bounced WHERE s.id = bounced.subscriber_id
    RETURNING s.id, s.organisation_id, s.bounce_count,
              (s.status = 'SUSPENDED' AND s.suspended_at = now()) AS "newlySuspended"
  ), event AS (
    INSERT INTO bulletin_consent_events (subscriber_id, organisation_id, event, method, details)
    SELECT id, organisation_id, 'SUSPENDED', 'BOUNCES', jsonb_build_object('bounces', bounce_count)
      FROM counted WHERE "newlySuspended"
  )
  SELECT "newlySuspended" FROM counted`;

/**
 * One delivery per active subscriber of the edition's area ($1 edition, $2 organisation, $3 area),
 * unique per edition and subscriber: running it again adds nobody twice.
 */
export const FAN_OUT_SQL = `
  INSERT INTO bulletin_deliveries (organisation_id, edition_id, subscriber_id)
  SELECT s.organisation_id, $1, s.id FROM bulletin_subscribers s
   WHERE s.organisation_id = $2 AND s.status = 'ACTIVE' AND $3::uuid = ANY (s.area_ids)
  ON CONFLICT (edition_id, subscriber_id) DO NOTHING
  RETURNING id`;

/** The deliveries of an edition ($1) still waiting for their send job. */
export const QUEUED_OF_EDITION_SQL = `
  SELECT id AS "deliveryId", generation FROM bulletin_deliveries
   WHERE edition_id = $1 AND status = 'QUEUED' ORDER BY id`;

/** Claimed by a worker that vanished before the end of the data ($1 lease in seconds). */
export const RETAKE_UNSUBMITTED_SQL = `
  UPDATE bulletin_deliveries
     SET status = 'QUEUED', generation = generation + 1, queued_at = now()
   WHERE status = 'SENDING' AND submitted_at IS NULL
     AND claimed_at < now() - make_interval(secs => $1)
  RETURNING id AS "deliveryId", generation`;

/** Vanished after the gate ($1 lease in seconds): the server may have the message. */
export const MARK_UNCERTAIN_SQL = `
  UPDATE bulletin_deliveries
     SET status = 'UNCERTAIN', finished_at = now(),
         smtp_response = 'invio interrotto dopo la fine dei dati: esito sconosciuto'
   WHERE status = 'SENDING' AND submitted_at IS NOT NULL
     AND submitted_at < now() - make_interval(secs => $1)`;

/** Queued more than $1 minutes ago, oldest first, at most $2. */
export const QUEUED_LONG_AGO_SQL = `
  SELECT id AS "deliveryId", generation FROM bulletin_deliveries
   WHERE status = 'QUEUED' AND queued_at < now() - make_interval(mins => $1)
   ORDER BY queued_at LIMIT $2`;

/** A new generation for queued deliveries ($1 ids) whose job was lost. */
export const REQUEUE_SQL = `
  UPDATE bulletin_deliveries SET generation = generation + 1, queued_at = now()
   WHERE id = ANY ($1::uuid[]) AND status = 'QUEUED'
  RETURNING id AS "deliveryId", generation`;

/** The copies of an edition ($2) of the organisation ($1), in one state ($3) or all, at most 500. */
export const DELIVERIES_OF_EDITION_SQL = `
  SELECT d.id, d.status, s.email, d.attempts, d.finished_at AS "finishedAt",
         d.smtp_code AS "smtpCode", d.smtp_response AS "smtpResponse"
    FROM bulletin_deliveries d JOIN bulletin_subscribers s ON s.id = d.subscriber_id
   WHERE d.organisation_id = $1 AND d.edition_id = $2 AND ($3::text IS NULL OR d.status = $3)
   ORDER BY s.email LIMIT 500`;

/** An editor confirms that an UNCERTAIN copy ($1, edition $2, organisation $3) arrived. */
export const CONFIRM_UNCERTAIN_SQL = `
  UPDATE bulletin_deliveries
     SET status = 'SENT', finished_at = now(), smtp_response = 'consegna confermata dalla redazione'
   WHERE id = $1 AND edition_id = $2 AND organisation_id = $3 AND status = 'UNCERTAIN'
  RETURNING id`;

/**
 * An editor decides that an UNCERTAIN copy ($1, edition $2, organisation $3) did not arrive: back to
 * QUEUED with a new generation, for a send job of its own.
 */
export const RESEND_UNCERTAIN_SQL = `
  UPDATE bulletin_deliveries
     SET status = 'QUEUED', generation = generation + 1, queued_at = now(), claimed_at = NULL,
         submitted_at = NULL, finished_at = NULL
   WHERE id = $1 AND edition_id = $2 AND organisation_id = $3 AND status = 'UNCERTAIN'
  RETURNING id AS "deliveryId", generation`;
