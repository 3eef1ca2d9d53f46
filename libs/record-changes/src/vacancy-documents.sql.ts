import { TODAY_IN_ROME_SQL } from '#libs/kernel';
import { openVacancySql, organisationsSeeingVacancySql } from '#libs/vacancies';

/**
 * The vacancies ($1 ids) as search documents: open ones only (the shared rule of #libs/vacancies,
 * expiry date included), of companies not archived, with the other organisations that see them (in
 * a network they are published to).
 */
export const VACANCY_DOCUMENTS_SQL = `
  SELECT v.id, v.organisation_id, v.title, v.description, v.occupation_code, o.label AS occupation_label,
        v.occupation_text, (SELECT array_agg(t.term ORDER BY t.term) FROM taxonomy_terms t
          WHERE t.kind = 'OCCUPATION' AND t.code = v.occupation_code) AS synonyms,
        v.required_skills AS skills, c.name AS company_name, v.municipality_code, m.name AS municipality_name,
        m.province_code, v.contract_type, v.km_zero, v.reserved_l68, v.min_italian_level,
        to_char(v.published_at, 'YYYY-MM-DD') AS published_at, to_char(v.expires_at, 'YYYY-MM-DD') AS expires_at,
        v.status, v.site_lat, v.site_lng,
        array(SELECT seeing.organisation_id FROM (${organisationsSeeingVacancySql('v')}) seeing
               WHERE seeing.organisation_id <> v.organisation_id) AS visible_to
   FROM vacancies v
   JOIN companies c ON c.id = v.company_id AND c.archived_at IS NULL
   JOIN municipalities m ON m.istat_code = v.municipality_code
   LEFT JOIN taxonomy_concepts o ON o.kind = 'OCCUPATION' AND o.code = v.occupation_code
  WHERE v.id = ANY($1::uuid[])
    AND ${openVacancySql('v', TODAY_IN_ROME_SQL)}`;
