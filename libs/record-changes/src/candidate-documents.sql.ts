/**
 * The candidates ($1 ids) as search documents: ordinary columns only, archived and erased people
 * left out.
 */
export const CANDIDATE_DOCUMENTS_SQL = `
  SELECT c.id, c.organisation_id, c.first_name || ' ' || c.last_name AS full_name,
        c.home_municipality_code AS municipality_code, m.name AS municipality_name, c.italian_level,
        c.skills, c.experiences,
        (SELECT array_agg(coalesce(o.label, p)) FROM unnest(c.preferred_occupations) p
           LEFT JOIN taxonomy_concepts o ON o.kind = 'OCCUPATION' AND o.code = p) AS preferred
   FROM candidates c JOIN municipalities m ON m.istat_code = c.home_municipality_code
  WHERE c.id = ANY($1::uuid[]) AND c.archived_at IS NULL AND c.erased_at IS NULL`;
