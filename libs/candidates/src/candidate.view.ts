import type { TargetGroup } from '#libs/kernel';
import type { CandidateSensitiveData } from './candidate.types.js';
import type { CandidateEntity } from './entities/candidate.entity.js';
import type { CandidateSensitive } from './candidate-sensitive.sealer.js';

/**
 * The fields of the record that stand in for a special-category situation: a court's or a protection
 * plan's allowed area, the task limitations of a health condition. They are the candidate's side of
 * the hard constraints the matching table marks `sensitive` (ALLOWED_AREA, TASK_LIMITATIONS in
 * libs/matching hard-constraints.rules.ts), whose details the match explanations already withhold;
 * the record withholds them too from readers off the case.
 */
type ConstraintStandInField = 'allowedArea' | 'taskLimitations';

/**
 * A candidate as the API returns it. `sensitive`, `allowedArea` and `taskLimitations` are present
 * only for those on the case.
 */
export interface CandidateView
  extends
    Omit<
      CandidateEntity,
      | 'organisationId'
      | 'homeMunicipalityCode'
      | 'homeLat'
      | 'homeLng'
      | 'rightToWorkKind'
      | 'rightToWorkExpiresOn'
      | ConstraintStandInField
    >,
    Partial<Pick<CandidateEntity, ConstraintStandInField>> {
  organisationId: string;
  home: { municipalityCode: string; lat: number; lng: number };
  rightToWork: { kind: CandidateEntity['rightToWorkKind']; expiresOn: string | null };
  sensitive?: Omit<CandidateSensitiveData, 'targetGroups' | 'referral'>;
}

/** The fields of a candidate that lists show. */
const SUMMARY_FIELDS = [
  'id',
  'firstName',
  'lastName',
  'birthDate',
  'home',
  'italianLevel',
  'pathwayStatus',
  'assignedTutorIds',
  'targetGroups',
  'archivedAt',
  'updatedAt',
] as const satisfies readonly (keyof CandidateView)[];

export type CandidateSummary = Pick<CandidateView, (typeof SUMMARY_FIELDS)[number]>;

/**
 * Builds the view. Without `sensitive` (the reader is not on the case) the sensitive target groups,
 * a revealing referral, the special-category fields and the constraints that stand in for them
 * (allowed area, task limitations) are absent, not blanked: a consultant learns that a person has
 * limits only from a match that needs them, never what they are.
 */
export function toCandidateView(
  candidate: CandidateEntity,
  sensitive?: CandidateSensitive | null,
): CandidateView {
  const {
    homeMunicipalityCode,
    homeLat,
    homeLng,
    rightToWorkKind,
    rightToWorkExpiresOn,
    allowedArea,
    taskLimitations,
    ...rest
  } = candidate;
  const view: CandidateView = {
    ...rest,
    home: { municipalityCode: homeMunicipalityCode, lat: homeLat, lng: homeLng },
    rightToWork: { kind: rightToWorkKind, expiresOn: rightToWorkExpiresOn },
  };
  if (sensitive === undefined) return view;
  view.allowedArea = allowedArea;
  view.taskLimitations = taskLimitations;
  const targetGroups: TargetGroup[] = [
    ...candidate.targetGroups,
    ...(sensitive?.targetGroups ?? []),
  ];
  view.targetGroups = targetGroups;
  view.referral = sensitive?.referral ?? candidate.referral;
  view.sensitive = {
    l68: sensitive?.l68 ?? null,
    health: sensitive?.health ?? null,
    justice: sensitive?.justice ?? null,
    asylum: sensitive?.asylum ?? null,
    violence: sensitive?.violence ?? null,
  };
  return view;
}

export function toCandidateSummary(candidate: CandidateEntity): CandidateSummary {
  const view = toCandidateView(candidate);
  return Object.fromEntries(
    SUMMARY_FIELDS.map((field) => [field, view[field]]),
  ) as CandidateSummary;
}
