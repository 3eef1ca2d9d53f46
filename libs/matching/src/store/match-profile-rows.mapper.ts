import { l68CategorySql } from '#libs/candidates';
import type { CefrLevel, ContractType, L68Category, TimeWindow } from '#libs/kernel';
import type { IsoDate } from '#libs/kernel';
import type {
  AllowedArea,
  CandidateMatchProfile,
  RightToWorkKind,
  VacancyMatchProfile,
} from '../domain/match-profiles.types.js';

/**
 * What matching reads of a candidate and a vacancy, as raw rows. Dates come back as text and numbers
 * as float8 so that nothing depends on the driver's type parsers. The Law 68 category is the only
 * value read from candidate_sensitive (from its blind index), joined inside the query and never returned to an API reader.
 */
export const CANDIDATE_PROFILE_COLUMNS = `
  c.id, c.organisation_id, c.birth_date::text AS birth_date, c.italian_level, c.availability,
  c.max_weekly_hours::float8 AS max_weekly_hours, c.home_lat, c.home_lng, c.max_travel_km::float8 AS max_travel_km, c.allowed_area,
  c.driving_licences, c.right_to_work_kind, c.right_to_work_expires_on::text AS right_to_work_expires_on,
  c.task_limitations, c.skills, c.experiences, c.preferred_occupations, c.preferred_contract_types,
  (SELECT ${l68CategorySql('s', 's.candidate_id')} FROM candidate_sensitive s WHERE s.candidate_id = c.id)
    AS l68_eligible_category,
  CASE WHEN jsonb_typeof(c.allowed_area->'municipalityCodes') = 'array' THEN
    (SELECT jsonb_object_agg(m.istat_code, m.name) FROM municipalities m
      WHERE m.istat_code = ANY(ARRAY(SELECT jsonb_array_elements_text(c.allowed_area->'municipalityCodes'))))
  END AS allowed_municipality_names`;

/** The candidate's allowed_area column: a circle, a list of ISTAT codes, or both. */
export interface StoredAllowedArea {
  lat?: number;
  lng?: number;
  radiusKm?: number;
  municipalityCodes?: string[];
}

export interface CandidateProfileRow {
  id: string;
  organisation_id: string;
  birth_date: string;
  italian_level: CefrLevel;
  availability: TimeWindow[] | null;
  max_weekly_hours: number | null;
  home_lat: number;
  home_lng: number;
  max_travel_km: number;
  allowed_area: StoredAllowedArea | null;
  /** The names of the allowed municipalities, by ISTAT code (null without any). */
  allowed_municipality_names: Record<string, string> | null;
  driving_licences: string[];
  right_to_work_kind: RightToWorkKind;
  right_to_work_expires_on: string | null;
  task_limitations: string[];
  skills: Array<{ code: string | null; label: string }>;
  experiences: Array<{ occupationCode: string | null; occupationText: string; months?: number }>;
  preferred_occupations: string[];
  preferred_contract_types: ContractType[];
  l68_eligible_category: L68Category | null;
}

/** Vacancies proposed to someone in the last days lose fair-share points (see FAIR_SHARE). */
export const FAIR_SHARE_WINDOW_DAYS = 30;

/**
 * Proposals that no longer hold the vacancy (the company declined, the person withdrew, no news):
 * they stop counting against its fair share. Checked against the pathway's states in libs/pathway
 * (proposal-states.rules.spec.ts), which owns them.
 */
export const FAIR_SHARE_ENDED_STATES = [
  'DECLINED_BY_COMPANY',
  'WITHDRAWN_BY_CANDIDATE',
  'EXPIRED',
] as const;

export const VACANCY_PROFILE_COLUMNS = `
  v.id, v.organisation_id, v.company_id, v.occupation_code, v.occupation_text, v.required_skills,
  v.min_italian_level, v.shifts, v.flexible_hours,
  v.weekly_hours::float8 AS weekly_hours, v.site_lat, v.site_lng, v.km_zero, v.reserved_l68,
  v.start_date::text AS start_date, v.published_at::text AS published_at, v.adults_only,
  v.required_licences, v.tasks, v.contract_type, v.municipality_code,
  (SELECT m.name FROM municipalities m WHERE m.istat_code = v.municipality_code) AS municipality_name,
  (SELECT coalesce(array_agg(p.candidate_id::text), '{}') FROM proposals p
    WHERE p.vacancy_id = v.id AND p.created_at >= now() - make_interval(days => ${FAIR_SHARE_WINDOW_DAYS})
      AND p.state <> ALL('{${FAIR_SHARE_ENDED_STATES.join(',')}}'::text[]))
    AS recently_proposed_to`;

export interface VacancyProfileRow {
  id: string;
  organisation_id: string;
  company_id: string;
  occupation_code: string | null;
  occupation_text: string | null;
  required_skills: Array<{ code: string | null; text: string | null }>;
  min_italian_level: CefrLevel;
  shifts: TimeWindow[];
  flexible_hours: boolean;
  weekly_hours: number | null;
  site_lat: number;
  site_lng: number;
  km_zero: boolean;
  reserved_l68: L68Category | null;
  start_date: string | null;
  published_at: string;
  adults_only: boolean;
  required_licences: string[];
  tasks: string[];
  contract_type: ContractType;
  municipality_code: string;
  municipality_name: string | null;
  /** One row per proposal in play: a person has at most one per vacancy (pathway's rule). */
  recently_proposed_to: string[];
}

/** The stored area as the core reads it; an area with neither a circle nor a municipality is none. */
function toAllowedArea(
  area: StoredAllowedArea | null,
  names: Record<string, string>,
): AllowedArea | null {
  if (!area) return null;
  const municipalities = (area.municipalityCodes ?? []).map((code) => ({
    code,
    name: names[code] ?? code,
  }));
  const hasCircle = area.lat !== undefined && area.lng !== undefined && area.radiusKm !== undefined;
  if (hasCircle) {
    return {
      centre: { lat: area.lat!, lng: area.lng! },
      radiusKm: area.radiusKm!,
      ...(municipalities.length > 0 ? { municipalities } : {}),
    };
  }
  return municipalities.length > 0 ? { municipalities } : null;
}

/** What a candidate row says of the hard constraints (the people index reads only these). */
export type CandidateConstraintRow = Pick<
  CandidateProfileRow,
  | 'id'
  | 'italian_level'
  | 'availability'
  | 'max_weekly_hours'
  | 'home_lat'
  | 'home_lng'
  | 'max_travel_km'
  | 'allowed_area'
  | 'driving_licences'
  | 'right_to_work_kind'
  | 'right_to_work_expires_on'
  | 'task_limitations'
  | 'preferred_contract_types'
> &
  Partial<Pick<CandidateProfileRow, 'allowed_municipality_names'>>;

/** The hard constraints' facts of a candidate row, as the core's profile holds them. */
export function toCandidateConstraints(row: CandidateConstraintRow) {
  return {
    id: row.id,
    italianLevel: row.italian_level,
    availability: Array.isArray(row.availability) ? row.availability : null,
    maxWeeklyHours: row.max_weekly_hours,
    home: { lat: row.home_lat, lng: row.home_lng },
    maxTravelKm: row.max_travel_km,
    allowedArea: toAllowedArea(row.allowed_area, row.allowed_municipality_names ?? {}),
    drivingLicences: row.driving_licences,
    rightToWork: row.right_to_work_expires_on
      ? { kind: row.right_to_work_kind, expiresOn: row.right_to_work_expires_on }
      : { kind: row.right_to_work_kind },
    taskLimitations: row.task_limitations,
    preferredContractTypes: row.preferred_contract_types,
  } satisfies Partial<CandidateMatchProfile>;
}

export function toCandidateProfile(row: CandidateProfileRow): CandidateMatchProfile {
  return {
    ...toCandidateConstraints(row),
    birthDate: row.birth_date,
    l68Registration: row.l68_eligible_category ? { category: row.l68_eligible_category } : null,
    skills: row.skills.map((skill) => skill.code ?? skill.label),
    occupations: row.experiences.map((experience) => ({
      code: experience.occupationCode ?? experience.occupationText,
      months: experience.months,
    })),
    preferredOccupations: row.preferred_occupations,
  };
}

export function toVacancyProfile(row: VacancyProfileRow): VacancyMatchProfile {
  const startDate: IsoDate = row.start_date ?? row.published_at;
  return {
    id: row.id,
    occupationCode: row.occupation_code ?? row.occupation_text ?? '',
    occupationText: row.occupation_text ?? undefined,
    requiredSkills: row.required_skills.flatMap((skill) => {
      const term = skill.code ?? skill.text;
      return term ? [term] : [];
    }),
    minItalianLevel: row.min_italian_level,
    shifts: row.shifts,
    flexibleHours: row.flexible_hours,
    weeklyHours: row.weekly_hours,
    site: { lat: row.site_lat, lng: row.site_lng },
    municipality: {
      code: row.municipality_code,
      name: row.municipality_name ?? row.municipality_code,
    },
    kmZero: row.km_zero,
    reservedL68: row.reserved_l68,
    startDate,
    adultsOnly: row.adults_only,
    requiredLicences: row.required_licences,
    tasks: row.tasks,
    contractType: row.contract_type,
    publishedAt: row.published_at,
    recentProposals: row.recently_proposed_to.length,
    recentlyProposedTo: row.recently_proposed_to,
  };
}
