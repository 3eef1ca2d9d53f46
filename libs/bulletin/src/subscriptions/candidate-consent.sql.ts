/*
 * The two facts of a person's record the bulletin needs: the e-mail address and whether the
 * bulletin consent is on record. The candidates table belongs to #libs/candidates; these reads
 * should become calls to the reader it exports (CandidateCaseReader) once that carries them.
 */

/** $1 candidate, $2 organisation: address, consent and the tutors on the case, unless archived. */
export const CANDIDATE_BULLETIN_CONSENT_SQL = `
  SELECT email, (consent ->> 'bulletin')::boolean AS bulletin,
         assigned_tutor_ids AS "assignedTutorIds"
    FROM candidates WHERE id = $1 AND organisation_id = $2 AND archived_at IS NULL`;

/** $1 candidate: a row while the record is not archived and holds the bulletin consent. */
export const CONSENTING_CANDIDATE_SQL = `
  SELECT 1 FROM candidates
   WHERE id = $1 AND archived_at IS NULL AND (consent ->> 'bulletin')::boolean IS TRUE`;
