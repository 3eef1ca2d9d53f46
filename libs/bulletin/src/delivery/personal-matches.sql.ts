import { pairOrderSql } from '#libs/matching';
import { openVacancySql, vacancyVisibleToOrganisationSql } from '#libs/vacancies';

/**
 * A candidate's own stored matches (table `matches`, written by the matching worker) that are still
 * open offers (the shared rule of #libs/vacancies, expiry date included) the organisation sees (its
 * own and those shared with it in a network), while the candidate's record holds the bulletin
 * consent; positions reserved under Law 68 are left out. Best first, in the stored list's order.
 * $1 organisation, $2 candidate, $3 today in Europe/Rome, $4 how many.
 */
export const PERSONAL_MATCHES_SQL = `
  SELECT v.id, v.title, co.name AS "companyName", m.name AS "municipalityName",
          v.contract_type AS "contractType", v.km_zero AS "kmZero",
          v.published_at::text AS "publishedOn", v.expires_at::text AS "expiresOn"
     FROM candidates ca
     JOIN matches x ON x.candidate_id = ca.id AND x.for_candidate
     JOIN vacancies v ON v.id = x.vacancy_id
     JOIN companies co ON co.id = v.company_id
     JOIN municipalities m ON m.istat_code = v.municipality_code
    WHERE ca.id = $2 AND ca.organisation_id = $1 AND ca.archived_at IS NULL
      AND (ca.consent ->> 'bulletin')::boolean IS TRUE
      AND ${vacancyVisibleToOrganisationSql('v', '$1::uuid')} AND ${openVacancySql('v', '$3::date')}
      AND v.reserved_l68 IS NULL
      AND v.published_at < $3::date
    ORDER BY ${pairOrderSql('x')}
    LIMIT $4`;
