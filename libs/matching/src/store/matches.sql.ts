import { activeCandidateSql } from '#libs/candidates';
import { openVacancySql, vacancyVisibleToOrganisationSql } from '#libs/vacancies';
import { explanationJoinSql } from './match-explanations.sql.js';
import { pairOrderSql } from './pair-order.sql.js';

/**
 * The stored lists as the API reads them: the pairs of one subject in its own list, best first, with
 * what the screen shows of the other side. `$1` is the subject's id, `$2` the organisation; the
 * reader's filters (storedMatchConditions) are appended after `conditions`.
 */
export const CANDIDATE_LIST_COLUMNS = `m.vacancy_id, m.score, m.distance_km, e.factors, m.computed_at,
       m.first_seen_at, v.title, v.company_id, co.name AS company_name, v.municipality_code,
       m.contract_type, m.km_zero, m.reserved_l68`;

/**
 * A candidate's best vacancies: only the ones open today (`today`: the SQL date of today) and still
 * seen by the organisation (a vacancy withdrawn from a network leaves the list at once).
 */
export function candidateListSql(today: string, conditions: string): string {
  return `SELECT ${CANDIDATE_LIST_COLUMNS}
      FROM matches m
      ${explanationJoinSql('m')}
      JOIN vacancies v ON v.id = m.vacancy_id AND ${openVacancySql('v', today)}
       AND ${vacancyVisibleToOrganisationSql('v', '$2::uuid')}
      JOIN companies co ON co.id = v.company_id
     WHERE m.candidate_id = $1 AND m.organisation_id = $2 AND m.for_candidate ${conditions}
     ORDER BY ${pairOrderSql('m')}`;
}

/**
 * A vacancy's best candidates. Archived people leave the list at once (their pairs are deleted in
 * the same commit as well); the rest of the active-case rule waits for the recomputation.
 */
export function vacancyListSql(conditions: string): string {
  return `SELECT m.candidate_id, m.score, m.distance_km, e.factors, m.computed_at, m.first_seen_at,
           c.first_name, c.last_name, c.home_municipality_code, c.assigned_tutor_ids, m.reserved_l68
      FROM matches m
      ${explanationJoinSql('m')}
      JOIN candidates c ON c.id = m.candidate_id AND c.archived_at IS NULL
     WHERE m.vacancy_id = $1 AND m.organisation_id = $2 AND m.for_vacancy ${conditions}
     ORDER BY ${pairOrderSql('m')}`;
}

/**
 * The nightly clean-up: pairs whose vacancy is no longer open today or whose person's case is no
 * longer active. `$1` is today.
 */
export const DELETE_INACTIVE_PAIRS = `DELETE FROM matches m
     USING vacancies v, candidates c
     WHERE v.id = m.vacancy_id AND c.id = m.candidate_id
       AND NOT (${openVacancySql('v', '$1::date')} AND ${activeCandidateSql('c')})`;

/**
 * Pairs whose vacancy or person no longer exists: written by a refresh in the moment it was deleted
 * (matches has no foreign key to either, see migrations 1766001200000 and 1766001500000; triggers
 * delete the pairs of deleted vacancies and people).
 */
export const DELETE_ORPHAN_PAIRS = `DELETE FROM matches m
     WHERE NOT EXISTS (SELECT 1 FROM vacancies v WHERE v.id = m.vacancy_id)
        OR NOT EXISTS (SELECT 1 FROM candidates c WHERE c.id = m.candidate_id)`;

/** Requests waiting longer than the enqueue after their commit should take. `$1`: the limit. */
export const PENDING_SUBJECTS = `SELECT subject_type, subject_id FROM match_subjects
     WHERE requested_at < now() - interval '15 seconds' ORDER BY requested_at LIMIT $1`;

/**
 * What the nightly sweep recomputes: requests, lists older than `$2` days, and the active people and
 * open vacancies never computed (rows loaded in bulk). `$1`: the limit, `$3`: today.
 */
export const DUE_SUBJECTS = `SELECT subject_type, subject_id FROM match_subjects
     WHERE requested_at IS NOT NULL OR computed_at < now() - make_interval(days => $2)
    UNION ALL
    SELECT 'candidate', c.id FROM candidates c
     WHERE ${activeCandidateSql('c')}
       AND NOT EXISTS (SELECT 1 FROM match_subjects s
                        WHERE s.subject_type = 'candidate' AND s.subject_id = c.id)
    UNION ALL
    SELECT 'vacancy', v.id FROM vacancies v
     WHERE ${openVacancySql('v', '$3::date')}
       AND NOT EXISTS (SELECT 1 FROM match_subjects s
                        WHERE s.subject_type = 'vacancy' AND s.subject_id = v.id)
    LIMIT $1`;
