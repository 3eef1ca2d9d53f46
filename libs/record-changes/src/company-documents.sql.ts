/**
 * The companies ($1 ids) as search documents, with their legal seat (or first site) and Law 68
 * status; archived ones left out.
 */
export const COMPANY_DOCUMENTS_SQL = `
  SELECT c.id, c.organisation_id, c.name, c.vat_number, c.ateco_code, c.km_zero,
        s.municipality_code, m.name AS municipality_name, m.province_code, s.lat, s.lng,
        CASE WHEN p.company_id IS NULL THEN 'UNKNOWN'
             WHEN p.band = 'NOT_OBLIGED' THEN 'NOT_OBLIGED'
             WHEN p.uncovered_disabled + p.uncovered_art18 > 0 THEN 'UNCOVERED'
             ELSE 'COVERED' END AS l68_status
   FROM companies c
   LEFT JOIN LATERAL (SELECT * FROM company_sites cs WHERE cs.company_id = c.id
                       ORDER BY cs.legal_seat DESC, cs.name, cs.id LIMIT 1) s ON true
   LEFT JOIN municipalities m ON m.istat_code = s.municipality_code
   LEFT JOIN law68_positions p ON p.company_id = c.id
  WHERE c.id = ANY($1::uuid[]) AND c.archived_at IS NULL`;
