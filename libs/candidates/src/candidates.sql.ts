import { activeCandidateSql } from './active-candidate.sql.js';
import { l68CategorySql } from './l68-registration.sql.js';

/**
 * SQL text of the candidates tables (candidates, candidate_sensitive) that TypeORM's finders do not
 * express; run only by CandidatesRepository and CandidateCaseReader beside it.
 */

/** What the pathway needs to know of a case: $1 candidate, $2 organisation. */
export const CASE_FACTS_SQL = `
  SELECT c.assigned_tutor_ids AS "assignedTutorIds",
         ${activeCandidateSql('c')} AS active,
         (c.consent->>'shareWithCompanies')::boolean AS "shareWithCompanies",
         (SELECT ${l68CategorySql('s', 's.candidate_id')} FROM candidate_sensitive s WHERE s.candidate_id = c.id)
           AS "l68EligibleCategory"
    FROM candidates c WHERE c.id = $1 AND c.organisation_id = $2`;

/** Every active case of every organisation (to follow a bulk load). */
export const ALL_ACTIVE_CANDIDATES_SQL = `
  SELECT c.id FROM candidates c WHERE ${activeCandidateSql('c')}`;

/** The tutors assigned to each of some candidates: $1 candidate ids, $2 organisation. */
export const ASSIGNED_TUTORS_SQL = `
  SELECT c.id, c.assigned_tutor_ids AS "assignedTutorIds"
    FROM candidates c WHERE c.id = ANY($1::uuid[]) AND c.organisation_id = $2`;

/** The names of people $1 of organisation $2, for a proposal that reached another organisation. */
export const PROPOSED_NAMES_SQL = `
  SELECT c.id, c.first_name AS "firstName", c.last_name AS "lastName"
    FROM candidates c WHERE c.id = ANY($1::uuid[]) AND c.organisation_id = $2`;

/** Cases closed longer ago than $1 days and not yet erased, oldest first, at most $2. */
export const DUE_FOR_RETENTION_SQL = `
  SELECT id, organisation_id AS "organisationId" FROM candidates
   WHERE erased_at IS NULL AND closed_at IS NOT NULL AND closed_at < now() - make_interval(days => $1)
   ORDER BY closed_at LIMIT $2`;

/**
 * Erasure keeps an anonymous row: $1 candidate, $2 organisation, $3 and $4 the centre of the home
 * municipality (the person's exact home is dropped).
 */
export const ANONYMISE_CANDIDATE_SQL = `
  UPDATE candidates c
     SET first_name = 'Persona', last_name = 'anonimizzata', tax_code = NULL, email = NULL, phone = NULL,
         gender = NULL, birth_date = date_trunc('year', c.birth_date)::date,
         home_lat = $3, home_lng = $4, availability = NULL, driving_licences = '{}',
         skills = '[]', experiences = '[]', preferred_occupations = '{}', digital_skills = '{}',
         allowed_area = NULL, task_limitations = '{}', referral = NULL, assigned_tutor_ids = '{}',
         consent = jsonb_build_object('erased', true), archived_at = coalesce(c.archived_at, now()),
         erased_at = now(), updated_at = now(), version = c.version + 1
   WHERE c.id = $1 AND c.organisation_id = $2`;

/** $1 candidate, $2 organisation. */
export const DELETE_SENSITIVE_SQL = `
  DELETE FROM candidate_sensitive WHERE candidate_id = $1 AND organisation_id = $2`;

/** $1 candidate, $2 organisation: address, bulletin consent and the tutors on the case, unless archived. */
export const BULLETIN_CONSENT_SQL = `
  SELECT email, (consent ->> 'bulletin')::boolean AS bulletin,
         assigned_tutor_ids AS "assignedTutorIds"
    FROM candidates WHERE id = $1 AND organisation_id = $2 AND archived_at IS NULL`;

/** $1 candidate: a row while the record is not archived and holds the bulletin consent. */
export const HOLDS_BULLETIN_CONSENT_SQL = `
  SELECT 1 FROM candidates
   WHERE id = $1 AND archived_at IS NULL AND (consent ->> 'bulletin')::boolean IS TRUE`;
