import { TODAY_IN_ROME_SQL } from '#libs/kernel';
import { openVacancySql } from './open-vacancy.sql.js';

/** $1 organisation, $2 company: drafts and open vacancies (the shared rule, expiry included). */
export const COUNT_IN_PLAY_SQL = `
  SELECT count(*)::int AS count FROM vacancies v
   WHERE v.organisation_id = $1 AND v.company_id = $2
     AND ((v.status = 'DRAFT' AND v.archived_at IS NULL) OR ${openVacancySql('v', TODAY_IN_ROME_SQL)})`;

/** $1 site ids. */
export const SITES_IN_USE_SQL = `SELECT DISTINCT site_id FROM vacancies WHERE site_id = ANY($1::uuid[])`;

/** $1 site, $2 municipality, $3 latitude, $4 longitude, $5 organisation. */
export const FOLLOW_MOVED_SITE_SQL = `
  UPDATE vacancies
     SET municipality_code = $2, site_lat = $3, site_lng = $4,
         updated_at = now(), version = version + 1
   WHERE site_id = $1 AND organisation_id = $5 AND archived_at IS NULL
   RETURNING id`;

/** Every vacancy of a company ($1), archived or not. */
export const VACANCIES_OF_COMPANY_SQL = `SELECT id FROM vacancies WHERE company_id = $1`;
