import {
  openVacancySql,
  vacancyOpenAsOfSql,
  vacancyVisibleToOrganisationSql,
} from '#libs/vacancies';

/**
 * Open vacancies the organisation sees (its own and those shared with it in a network, the shared
 * rule of #libs/vacancies) in the area's territory: its municipalities, or within its radius of the
 * centre. $3 is the day of composition: offers published that day wait for the next edition (they
 * count at the end of the day). $4 (the first day of new offers) is null for km-zero offers, which
 * stay while open. $10 is the day every offer must still be open on (the shared rule of
 * #libs/vacancies, expiry date included): today, or the Monday of a week ahead. A re-issued past
 * edition reads the vacancies' status then, but what is shared in a network as it is now.
 */
function offersSql(open: string): string {
  return `
  SELECT v.id, v.title, c.name AS "companyName", m.name AS "municipalityName",
         v.contract_type AS "contractType", v.km_zero AS "kmZero",
         v.published_at::text AS "publishedOn", v.expires_at::text AS "expiresOn"
    FROM vacancies v
    JOIN companies c ON c.id = v.company_id
    JOIN municipalities m ON m.istat_code = v.municipality_code
   WHERE ${vacancyVisibleToOrganisationSql('v', '$1::uuid')} AND ${open}
     AND v.km_zero = $2
     AND v.published_at < $3::date
     AND ($4::date IS NULL OR v.published_at >= $4::date)
     AND (v.municipality_code = ANY ($5::char(6)[])
          OR ($6::float8 IS NOT NULL
              AND earth_box(ll_to_earth($6, $7), $8::float8 * 1000) @> ll_to_earth(v.site_lat, v.site_lng)
              AND earth_distance(ll_to_earth($6, $7), ll_to_earth(v.site_lat, v.site_lng)) <= $8::float8 * 1000))
   ORDER BY v.published_at DESC, v.created_at DESC, v.id
   LIMIT $9`;
}

export const OFFERS_SQL = offersSql(openVacancySql('v', '$10::date'));

/** The same offers as they stood at the instant $11 (a past week's edition, re-issued). */
export const HISTORICAL_OFFERS_SQL = offersSql(
  vacancyOpenAsOfSql('v', '$10::date', '$11::timestamptz'),
);

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
 * The contents an edition of the area may carry ($1 organisation, $2 area, $3 the day they must
 * still be open on): not archived, for every area or this one, and still open for enrolment or
 * running. With $4 (an instant of the past, for a re-issued edition) the contents as they stood
 * then: created by that instant and not yet archived.
 */
export const EDITION_CONTENTS_SQL = `
  SELECT ${CONTENT_COLUMNS}, m.name AS "municipalityName"
   FROM bulletin_contents b
   LEFT JOIN municipalities m ON m.istat_code = b.municipality_code
  WHERE b.organisation_id = $1
    AND ($4::timestamptz IS NULL AND b.archived_at IS NULL
         OR $4::timestamptz IS NOT NULL AND b.created_at <= $4::timestamptz
            AND (b.archived_at IS NULL OR b.archived_at > $4::timestamptz))
    AND (cardinality(b.area_ids) = 0 OR $2::uuid = ANY (b.area_ids))
    AND coalesce(b.enrol_by, b.ends_on, 'infinity'::date) >= $3::date
  ORDER BY b.kind, b.starts_on NULLS LAST, b.id
  LIMIT 1000`;
