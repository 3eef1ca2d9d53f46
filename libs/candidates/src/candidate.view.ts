import type { TargetGroup } from '#libs/kernel';
import type { CandidateSensitiveData } from './candidate.types.js';
import type { CandidateEntity } from './entities/candidate.entity.js';
import type { CandidateSensitive } from './candidate-sensitive.sealer.js';

/** A candidate as the API returns it. `sensitive` is present only for those on the case. */
export interface CandidateView extends Omit<
  CandidateEntity,
  | 'organisationId'
  | 'homeMunicipalityCode'
  | 'homeLat'
  | 'homeLng'
  | 'rightToWorkKind'
  | 'rightToWorkExpiresOn'
> {
  organisationId: string;
  home: { municipalityCode: string; lat: number; lng: number };
  rightToWork: { kind: CandidateEntity['rightToWorkKind']; expiresOn: string | null };
  sensitive?: Omit<CandidateSensitiveData, 'targetGroups' | 'referral'>;
}

export type CandidateSummary = Pick<
  CandidateView,
  | 'id'
  | 'firstName'
  | 'lastName'
  | 'birthDate'
  | 'home'
  | 'italianLevel'
  | 'pathwayStatus'
  | 'assignedTutorIds'
  | 'targetGroups'
  | 'archivedAt'
  | 'updatedAt'
>;

/**
 * Builds the view. Without `sensitive` (the reader is not on the case) the sensitive target groups,
 * a revealing referral and the special-category fields are absent, not blanked.
 */
export function toCandidateView(
  candidate: CandidateEntity,
  sensitive?: CandidateSensitive | null,
): CandidateView {
  const { homeMunicipalityCode, homeLat, homeLng, rightToWorkKind, rightToWorkExpiresOn, ...rest } =
    candidate;
  const view: CandidateView = {
    ...rest,
    home: { municipalityCode: homeMunicipalityCode, lat: homeLat, lng: homeLng },
    rightToWork: { kind: rightToWorkKind, expiresOn: rightToWorkExpiresOn },
  };
  if (sensitive === undefined) return view;
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
  const {
    id,
    firstName,
    lastName,
    birthDate,
    home,
    italianLevel,
    pathwayStatus,
    assignedTutorIds,
    targetGroups,
    archivedAt,
    updatedAt,
  } = view;
  return {
    id,
    firstName,
    lastName,
    birthDate,
    home,
    italianLevel,
    pathwayStatus,
    assignedTutorIds,
    targetGroups,
    archivedAt,
    updatedAt,
  };
}
