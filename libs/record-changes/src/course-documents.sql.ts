import { TODAY_IN_ROME_SQL } from '#libs/kernel';
/** The bulletin contents ($1 ids) as search documents, while not archived and not over. */
export const COURSE_DOCUMENTS_SQL = `
  SELECT b.id, b.organisation_id, b.kind, b.title, b.summary, b.provider, b.municipality_code,
        m.name AS municipality_name, b.cefr_level, to_char(b.starts_on, 'YYYY-MM-DD') AS starts_on,
        to_char(b.ends_on, 'YYYY-MM-DD') AS ends_on, m.lat, m.lng
   FROM bulletin_contents b LEFT JOIN municipalities m ON m.istat_code = b.municipality_code
  WHERE b.id = ANY($1::uuid[]) AND b.archived_at IS NULL
    AND (b.ends_on IS NULL OR b.ends_on >= ${TODAY_IN_ROME_SQL})`;
