import { openVacancySql, vacancyVisibleToOrganisationSql } from '#libs/vacancies';

/**
 * Open vacancies the organisation sees (its own and those shared with it in a network, the shared
 * rule of #libs/vacancies) in the area's territory: its municipalities, or within its
 * radius of the centre. $4 (the first day of new offers) is null for km-zero offers, which stay
 * while open (the shared rule of #libs/vacancies, expiry date included). Offers published today
 * wait for the next edition (they count at the end of the day).
 */
export const OFFERS_SQL = `
  SELECT v.id, v.title, c.name AS "companyName", m.name AS "municipalityName",
         v.contract_type AS "contractType", v.km_zero AS "kmZero",
         v.published_at::text AS "publishedOn", v.expires_at::text AS "expiresOn"
    FROM vacancies v
    JOIN companies c ON c.id = v.company_id
    JOIN municipalities m ON m.istat_code = v.municipality_code
   WHERE ${vacancyVisibleToOrganisationSql('v', '$1::uuid')} AND ${openVacancySql('v', '$3::date')}
     AND v.km_zero = $2
     AND v.published_at < $3::date
     AND ($4::date IS NULL OR v.published_at >= $4::date)
     AND (v.municipality_code = ANY ($5::char(6)[])
          OR ($6::float8 IS NOT NULL
              AND earth_box(ll_to_earth($6, $7), $8::float8 * 1000) @> ll_to_earth(v.site_lat, v.site_lng)
              AND earth_distance(ll_to_earth($6, $7), ll_to_earth(v.site_lat, v.site_lng)) <= $8::float8 * 1000))
   ORDER BY v.published_at DESC, v.created_at DESC, v.id
   LIMIT $9`;

/** bulletin_contents columns under the entity's property names. */
export const CONTENT_COLUMNS = [
  'id',
  'organisation_id AS "organisationId"',
  'kind',
  'title',
  'summary',
  'provider',
  'municipality_code AS "municipalityCode"',
  'place',
  'area_ids AS "areaIds"',
  'target',
  'starts_on::text AS "startsOn"',
  'ends_on::text AS "endsOn"',
  'enrol_by::text AS "enrolBy"',
  'cefr_level AS "cefrLevel"',
  'hours::float8 AS hours',
  'schedule',
  'free',
  'url',
  'how_to AS "howTo"',
  'contact',
  'archived_at AS "archivedAt"',
  'created_at AS "createdAt"',
  'updated_at AS "updatedAt"',
  'version',
]
  .map((column) => `b.${column}`)
  .join(', ');

/**
 * The contents an edition of the area may carry ($1 organisation, $2 area, $3 today in Rome):
 * not archived, for every area or this one, and still open for enrolment or running.
 */
export const EDITION_CONTENTS_SQL = `
  SELECT ${CONTENT_COLUMNS}, m.name AS "municipalityName"
   FROM bulletin_contents b
   LEFT JOIN municipalities m ON m.istat_code = b.municipality_code
  WHERE b.organisation_id = $1 AND b.archived_at IS NULL
    AND (cardinality(b.area_ids) = 0 OR $2::uuid = ANY (b.area_ids))
    AND coalesce(b.enrol_by, b.ends_on, 'infinity'::date) >= $3::date
  ORDER BY b.kind, b.starts_on NULLS LAST, b.id
  LIMIT 1000`;
