import { activeCandidateSql, l68RegisteredForSql } from '#libs/candidates';
import { type ContractType, EARTH_RADIUS_KM } from '#libs/kernel';
import {
  openVacancySql,
  organisationsPublishingToSql,
  organisationsSeeingVacancySql,
  vacancyVisibleToOrganisationSql,
} from '#libs/vacancies';
import { allowedAreaFitsSql } from './allowed-area.sql.js';
import { MATCH_CURVES, resolveWeights, type MatchWeights } from '../domain/match-weights.rules.js';

/**
 * The hard constraints SQL can decide with indexes, for one candidate (all open vacancies it could
 * take) or one vacancy (all candidates who could take it). Each test is conservative: it may let
 * through a pair the core then rejects, never the reverse (the integration test checks this).
 *
 * - geography: GiST on the vacancy's site (earth_box around home) or on the candidate's reach box,
 *   both with the organisation as a fourth coordinate, then the exact great-circle distance, 0.5 %
 *   + 50 m wider than the core's radius. Distances are compared as chords (cube_distance, one C call)
 *   rather than with earth_distance, whose SQL wrappers cost four times as much per row: the
 *   great-circle distance grows with the chord, so `arc <= r` is `chord <= 2R sin(r / 2R)`;
 * - schedule: five-minute week bitmaps, `shifts & ~availability` has no slot set;
 * - weekly hours: the vacancy's hours within the person's maximum (either unstated: kept);
 * - allowed area: the site in one of the person's municipalities or within the circle
 *   (allowed-area.sql.ts);
 * - Italian level: ranks; Law 68: the keyed blind index of candidate_sensitive (l68RegisteredForSql),
 *   joined here only and only for reserved vacancies;
 * - task limitations: a task the vacancy lists word for word among the person's limitations (the core
 *   also reads synonyms and night shifts, so it may still reject more);
 * - visibility: a vacancy of the person's organisation or shared with it in a network
 *   (vacancyVisibleToOrganisationSql). The index is walked once per organisation that may publish to
 *   the person's (organisationsPublishingToSql) or that sees the vacancy (organisationsSeeingVacancySql),
 *   with that organisation as the fourth coordinate;
 * - open, not archived, not expired vacancies; candidates in charge.
 */
const REACH = (km: string) => `${km}::float8 * 1005 + 50`;
/** earthdistance's sphere (earth() = 6,378,168 m) and the chord of an arc of `metres` on it. */
const EARTH_M = 6378168;
const CHORD = (metres: string) =>
  `(${2 * EARTH_M}::float8 * sin(least(${metres}, pi() * ${EARTH_M}) / ${2 * EARTH_M}::float8))`;
const WITHIN = (a: string, b: string, km: string) =>
  `cube_distance(${a}, ${b}) <= ${CHORD(REACH(km))}`;
/**
 * The organisation is in the GiST key already (fourth coordinate) and is checked again here, written
 * so that the planner does not also AND in the whole organisation's btree entries (it did: 16,000
 * entries read to keep the same rows). `o` is the organisation walked (see above).
 */
const VACANCY_OF_WALKED = `v.organisation_id IS NOT DISTINCT FROM o.organisation_id`;
const CANDIDATE_OF_WALKED = `c.organisation_id IS NOT DISTINCT FROM o.organisation_id`;
const VACANCY_VISIBLE = vacancyVisibleToOrganisationSql('v', 'c.organisation_id');
const L68_REGISTERED = l68RegisteredForSql('s', 's.candidate_id', 'v.reserved_l68');
const TASKS_FIT = `NOT (c.task_limitations && v.tasks)`;
const SCHEDULE_FITS = `(c.match_availability IS NULL OR v.flexible_hours OR v.match_shifts IS NULL
    OR bit_count(v.match_shifts & ~c.match_availability) = 0)`;
const HOURS_FIT = `(c.max_weekly_hours IS NULL OR v.weekly_hours IS NULL
    OR v.weekly_hours <= c.max_weekly_hours)`;
const AREA_FITS = allowedAreaFitsSql(WITHIN);
const VACANCY_OPEN = openVacancySql('v', '$2::date');
/** An active case, and a person with some right to work (RIGHT_TO_WORK is pre-filtered that far). */
const CANDIDATE_ACTIVE = `${activeCandidateSql('c')} AND c.right_to_work_kind <> 'NONE'`;
/** Core km (haversine on the kernel's radius): the angle from the chord on earthdistance's sphere. */
const KM = `(2 * ${EARTH_RADIUS_KM} * asin(least(1, cube_distance(c.match_home, v.match_site) / ${2 * EARTH_M}::float8)))`;

/** Optional narrowing asked by the person reading the list. */
export interface MatchFilters {
  contractTypes?: ContractType[];
  kmZero?: boolean;
  /** Only vacancies reserved under Law 68. */
  law68?: boolean;
  maxDistanceKm?: number;
}

/**
 * An upper bound of the score: the factors SQL can compute exactly (distance, km zero, language
 * margin, preferred contract, recency) plus the full weight of the others (occupation, skills,
 * preferred occupation, fair share), plus a margin for rounding. Ordering survivors by it lets the
 * core score only the best few: once the N-th best exact score beats the next bound, nothing left
 * can enter the top N.
 */
function boundSql(w: MatchWeights, p: (value: unknown) => string): string {
  const [, one, two] = MATCH_CURVES.languageMarginShares;
  const others = w.OCCUPATION + w.SKILLS + w.PREFERRED_OCCUPATION + w.FAIR_SHARE + 0.1;
  return `(${p(w.DISTANCE)}::float8 * power(0.5, ${KM} / ${p(MATCH_CURVES.distanceHalfKm)}::float8)
    + CASE WHEN v.km_zero AND ${KM} <= ${p(MATCH_CURVES.kmZeroRadiusKm + 0.01)}::float8
           THEN ${p(w.KM_ZERO)}::float8 ELSE 0 END
    + ${p(w.LANGUAGE_MARGIN)}::float8 * CASE c.match_italian_rank - v.match_min_italian_rank
           WHEN 0 THEN 0 WHEN 1 THEN ${p(one)}::float8 ELSE ${p(two)}::float8 END
    + ${p(w.PREFERRED_CONTRACT)}::float8 * CASE
           WHEN cardinality(c.preferred_contract_types) = 0 THEN ${p(MATCH_CURVES.noPreferenceShare)}::float8
           WHEN v.contract_type = ANY(c.preferred_contract_types) THEN 1 ELSE 0 END
    + ${p(w.RECENCY)}::float8 * power(0.5, greatest(0, $2::date - v.published_at)::float8
           / ${p(MATCH_CURVES.recencyHalfLifeDays)}::float8)
    + ${p(others)}::float8)`;
}

function filterSql(filters: MatchFilters, p: (value: unknown) => string): string {
  const parts: string[] = [];
  if (filters.contractTypes?.length)
    parts.push(`v.contract_type = ANY(${p(filters.contractTypes)}::text[])`);
  if (filters.kmZero) parts.push('v.km_zero');
  if (filters.law68) parts.push('v.reserved_l68 IS NOT NULL');
  if (filters.maxDistanceKm !== undefined)
    parts.push(`${KM} <= ${p(filters.maxDistanceKm)}::float8`);
  return parts.map((part) => `AND ${part}`).join(' ');
}

export interface PrefilterQuery {
  sql: string;
  params: unknown[];
}

function builder(first: unknown[]) {
  const params = [...first];
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  return { params, p };
}

/**
 * Vacancies the candidate might take, with the SQL part of their score bound and what the taxonomy
 * factors need (see softPoints).
 */
export function vacanciesForCandidateQuery(
  organisationId: string,
  candidateId: string,
  today: string,
  filters: MatchFilters = {},
  weights?: Partial<MatchWeights>,
): PrefilterQuery {
  const { params, p } = builder([candidateId, today, organisationId]);
  const sql = `
    SELECT v.id, ${boundSql(resolveWeights(weights), p)} AS bound,
           v.occupation_code, v.occupation_text, v.required_skills
      FROM candidates c
     CROSS JOIN LATERAL (${organisationsPublishingToSql('c.organisation_id')}) o
      JOIN vacancies v
        ON ${VACANCY_OF_WALKED} AND ${VACANCY_OPEN}
       AND cube(earth_box(c.match_home, ${REACH('c.max_travel_km')}), match_org_key(o.organisation_id))
           @> v.match_site_key
       AND ${VACANCY_VISIBLE}
       AND ${WITHIN('c.match_home', 'v.match_site', 'c.max_travel_km')}
       AND v.match_min_italian_rank <= c.match_italian_rank
       AND (v.reserved_l68 IS NULL OR EXISTS (SELECT 1 FROM candidate_sensitive s
             WHERE s.candidate_id = c.id AND ${L68_REGISTERED}))
       AND ${TASKS_FIT} AND ${SCHEDULE_FITS} AND ${HOURS_FIT} AND ${AREA_FITS} ${filterSql(filters, p)}
     WHERE c.id = $1 AND c.organisation_id = $3 AND ${CANDIDATE_ACTIVE}`;
  return { sql, params };
}

/**
 * The candidate's work history for the taxonomy factors (match_soft_terms), from the reach index when
 * it is short enough to be kept there, else from the table.
 */
const CANDIDATE_SOFT = `coalesce(c.match_soft, (SELECT match_soft_terms(t.experiences, t.skills,
    t.preferred_occupations) FROM candidates t WHERE t.id = c.id))`;

/**
 * A vacancy seen by several organisations is walked in this many shares of them at once, each on a
 * connection of its own: the walk reads the reach index page by page (a site in Milan, tens of
 * thousands of people of 30 organisations), and PostgreSQL gives one query one core.
 */
export const REACH_QUERY_SHARES = 2;

/** The part-th of `of` shares of the organisations that see a vacancy (see candidatesForVacancyQuery). */
export interface ReachShare {
  part: number;
  of: number;
}

/** Every organisation that sees the vacancy, in one share. */
export const WHOLE_REACH: ReachShare = { part: 0, of: 1 };

/** The shares of a vacancy's reach, to be asked at once (see REACH_QUERY_SHARES). */
export function reachShares(of: number = REACH_QUERY_SHARES): ReachShare[] {
  return Array.from({ length: of }, (_, part) => ({ part, of }));
}

/**
 * The reverse query: the people who might take the vacancy among those of every organisation that
 * sees it (its own and the members of the networks it is published to), each with its organisation,
 * the SQL part of the score bound (see above) and the JSON text of its taxonomy terms. It reads only
 * columns the candidates' reach index carries, so the scan never visits the table (an index-only
 * scan): keep it so when editing it. The reach index is probed once per organisation that sees the
 * vacancy (organisationsSeeingVacancySql), that organisation as its fourth coordinate. The walk is the
 * visibility rule (the organisations it yields are exactly those vacancyVisibleToOrganisationSql
 * accepts), so no person's row tests it again. `share` walks only the part-th of `of` shares of those
 * organisations (in the order of their ids, every of-th), so that the shares can be asked at once on
 * as many connections. `organisationId` must be the vacancy's organisation. (The worker reads the
 * same rows from its people index: PeopleIndexLoader.)
 */
export function candidatesForVacancyQuery(
  organisationId: string,
  vacancyId: string,
  today: string,
  weights?: Partial<MatchWeights>,
  { part, of }: ReachShare = WHOLE_REACH,
): PrefilterQuery {
  const { params, p } = builder([vacancyId, today]);
  const sql = `
    SELECT c.id, c.organisation_id, ${boundSql(resolveWeights(weights), p)} AS bound,
           ${CANDIDATE_SOFT} AS soft
      FROM vacancies v
     CROSS JOIN LATERAL (
       SELECT seeing.organisation_id FROM (
         SELECT s.organisation_id, row_number() OVER (ORDER BY s.organisation_id) AS place
           FROM (${organisationsSeeingVacancySql('v')}) s) seeing
        WHERE seeing.place % ${p(of)}::int = ${p(part)}::int) o
      JOIN candidates c
        ON ${CANDIDATE_OF_WALKED} AND ${CANDIDATE_ACTIVE}
       AND c.match_reach @> cube(v.match_site::cube, match_org_key(o.organisation_id))
       AND ${WITHIN('c.match_home', 'v.match_site', 'c.max_travel_km')}
       AND c.match_italian_rank >= v.match_min_italian_rank
       AND (v.reserved_l68 IS NULL OR EXISTS (SELECT 1 FROM candidate_sensitive s
             WHERE s.candidate_id = c.id AND ${L68_REGISTERED}))
       AND ${TASKS_FIT} AND ${SCHEDULE_FITS} AND ${HOURS_FIT} AND ${AREA_FITS}
     WHERE v.id = $1 AND ${VACANCY_OPEN} AND v.organisation_id = ${p(organisationId)}`;
  return { sql, params };
}

/**
 * The organisations whose people the vacancy may reach, if it is open on `today` (no row else): the
 * in-memory people index's part of the reverse query (people-index.loader.ts). `owner`, when given,
 * must be the vacancy's organisation.
 */
export function organisationsReachedQuery(
  vacancyId: string,
  today: string,
  owner?: string,
): PrefilterQuery {
  const { params, p } = builder([vacancyId, today]);
  const sql = `
    SELECT seeing.organisation_id FROM vacancies v
     CROSS JOIN LATERAL (${organisationsSeeingVacancySql('v')}) seeing
     WHERE v.id = $1 AND ${VACANCY_OPEN}${owner === undefined ? '' : ` AND v.organisation_id = ${p(owner)}`}`;
  return { sql, params };
}
