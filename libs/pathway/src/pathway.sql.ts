/**
 * SQL text of the pathway tables (proposals, proposal_events, placements, soft_outcomes) that
 * TypeORM's finders do not express; run only by PathwayRepository beside it.
 */

/** Proposals past their expiry ($1 now) in one of the active states ($2) become EXPIRED. */
export const EXPIRE_DUE_PROPOSALS_SQL = `
  WITH due AS (
    SELECT id, state FROM proposals
     WHERE expires_at < $1 AND state = ANY($2::text[]) FOR UPDATE SKIP LOCKED)
  UPDATE proposals p SET state = 'EXPIRED', expires_at = NULL, updated_at = $1, version = p.version + 1
    FROM due WHERE p.id = due.id
  RETURNING p.id, p.organisation_id, p.vacancy_id, due.state AS from_state`;

/** The system's log entry for each expired proposal ($1 the rows above as JSON, $2 now). */
export const LOG_EXPIRED_PROPOSALS_SQL = `
  INSERT INTO proposal_events (proposal_id, organisation_id, actor_id, from_state, to_state, note, at)
  SELECT r.id, r.organisation_id, NULL, r.from_state, 'EXPIRED',
         'Scaduta senza aggiornamenti entro il termine', $2
    FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, organisation_id uuid, from_state text)`;

/** A person's pathway for the GDPR export: $1 candidate, $2 organisation. */
export const EXPORT_SQL = {
  proposals: `
    SELECT id, vacancy_id AS "vacancyId", company_id AS "companyId", state, decline_reason AS "declineReason",
           score, note, created_at AS "createdAt" FROM proposals
     WHERE candidate_id = $1 AND organisation_id = $2 ORDER BY created_at`,
  proposalEvents: `
    SELECT e.proposal_id AS "proposalId", e.from_state AS "from", e.to_state AS "to", e.reason, e.note, e.at
      FROM proposal_events e JOIN proposals p ON p.id = e.proposal_id
     WHERE p.candidate_id = $1 AND p.organisation_id = $2 ORDER BY e.id`,
  placements: `
    SELECT id, company_id AS "companyId", vacancy_id AS "vacancyId", contract_type AS "contractType",
           weekly_hours AS "weeklyHours", start_date::text AS "startDate", end_date::text AS "endDate",
           km_zero AS "kmZero", counts_toward_l68 AS "countsTowardL68", l68_category AS "l68Category",
           internship FROM placements WHERE candidate_id = $1 AND organisation_id = $2 ORDER BY start_date`,
  softOutcomes: `
    SELECT kind, level, notes, recorded_at AS "recordedAt" FROM soft_outcomes
     WHERE candidate_id = $1 AND organisation_id = $2 ORDER BY recorded_at`,
} as const;

/**
 * Erasure clears every free-text note of a person's pathway ($1 candidate, $2 organisation); the
 * log is append-only, so its notes are cleared under the erasure flag the trigger allows.
 */
export const ERASE_NOTES_SQL = {
  proposals: `UPDATE proposals SET note = NULL WHERE candidate_id = $1 AND organisation_id = $2`,
  erasureOn: `SELECT set_config('incrocio.erasure', 'on', true)`,
  proposalEvents: `
    UPDATE proposal_events e SET note = NULL FROM proposals p
     WHERE p.id = e.proposal_id AND p.candidate_id = $1 AND p.organisation_id = $2 AND e.note IS NOT NULL`,
  erasureOff: `SELECT set_config('incrocio.erasure', 'off', true)`,
  softOutcomes: `UPDATE soft_outcomes SET notes = NULL WHERE candidate_id = $1 AND organisation_id = $2`,
} as const;

/**
 * The placements in company $1 that count toward its Law 68 quota, whoever proposed the person: an
 * organisation of the company's network may have placed them (the placement is the proposer's, the
 * company and its quota are the publisher's). No person's data leaves: ids, categories and hours.
 */
export const COUNTED_TOWARD_LAW68_SQL = `
  SELECT id, l68_category AS "l68Category", weekly_hours AS "weeklyHours", full_time_hours AS "fullTimeHours",
         to_char(start_date, 'YYYY-MM-DD') AS "startDate", to_char(end_date, 'YYYY-MM-DD') AS "endDate"
    FROM placements
   WHERE company_id = $1 AND counts_toward_l68
   ORDER BY start_date, id`;

/**
 * $1 organisation, $2 candidates, $3 active states: for each person, when a proposal moved, an
 * outcome or a placement was last recorded, and how many proposals are in play (the caseload).
 */
export const CASELOAD_SIGNALS_SQL = `
  SELECT c.id AS "candidateId",
         greatest((SELECT max(e.at) FROM proposal_events e JOIN proposals p ON p.id = e.proposal_id
                    WHERE p.candidate_id = c.id AND p.organisation_id = $1),
                  (SELECT max(s.recorded_at) FROM soft_outcomes s
                    WHERE s.candidate_id = c.id AND s.organisation_id = $1),
                  (SELECT max(pl.created_at) FROM placements pl
                    WHERE pl.candidate_id = c.id AND pl.organisation_id = $1)) AS "lastEventAt",
         (SELECT count(*)::int FROM proposals p
           WHERE p.candidate_id = c.id AND p.organisation_id = $1
             AND p.state = ANY($3::text[])) AS active
    FROM unnest($2::uuid[]) AS c(id)`;

/** $1 organisation, $2 candidates, $3 active states: the proposals in play that expire, soonest first. */
export const EXPIRING_PROPOSALS_SQL = `
  SELECT p.candidate_id AS "candidateId", p.id AS "proposalId", p.state, p.expires_at AS "expiresAt",
         p.vacancy_id AS "vacancyId"
    FROM proposals p
   WHERE p.organisation_id = $1 AND p.candidate_id = ANY($2::uuid[])
     AND p.expires_at IS NOT NULL AND p.state = ANY($3::text[])
   ORDER BY p.candidate_id, p.expires_at, p.id`;

/**
 * The proposals made by other organisations of its networks for vacancy $1 of organisation $2 (the
 * publisher), newest first: what the publisher's consultants follow with the company.
 */
export const PROPOSALS_FROM_NETWORK_SQL = `
  SELECT p.id, p.organisation_id AS "organisationId", p.candidate_id AS "candidateId",
         p.vacancy_id AS "vacancyId", p.state, p.note, p.created_at AS "createdAt",
         p.updated_at AS "updatedAt",
         coalesce((SELECT jsonb_agg(jsonb_build_object('at', e.at, 'from', e.from_state, 'to', e.to_state)
                     ORDER BY e.id) FROM proposal_events e WHERE e.proposal_id = p.id), '[]') AS events
    FROM proposals p
   WHERE p.vacancy_id = $1 AND p.organisation_id <> $2
   ORDER BY p.created_at DESC, p.id`;
