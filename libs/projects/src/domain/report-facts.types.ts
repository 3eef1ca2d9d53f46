import type { IsoDate, TargetGroup } from '#libs/kernel';

/** The records a funder report counts, as plain data read for one scope and one period. */

export interface PersonFact {
  candidateId: string;
  /** 'F', 'M' or null (not stated, or erased). */
  gender: string | null;
  birthDate: IsoDate;
  /** The ordinary target groups (candidates.target_groups) and the special-category ones (sealed). */
  targetGroups: TargetGroup[];
  municipalityCode: string;
  municipalityName: string;
  district: string | null;
  /** Erased under GDPR art. 17: still counted, never named. */
  erased: boolean;
  /** In charge (in the project, or at the organisation) during the period. */
  inCharge: boolean;
  /** The personalised plan signed in the period, if any. */
  personalPlanOn: IsoDate | null;
}

export interface PlacementFact {
  placementId: string;
  candidateId: string;
  contractType: string;
  startDate: IsoDate;
  endDate: IsoDate | null;
  kmZero: boolean;
  countsTowardL68: boolean;
  atecoCode: string | null;
  companyId: string;
}

export interface SoftOutcomeFact {
  softOutcomeId: string;
  candidateId: string;
  kind: string;
  /** 1-4 (SOFT_OUTCOME_LEVELS), null when not graded. */
  level: number | null;
  recordedOn: IsoDate;
}

export interface CourseFact {
  courseId: string;
  candidateId: string;
  kind: 'ITALIAN' | 'DIGITAL';
  startedOn: IsoDate;
}

export interface ScoutingFact {
  activityId: string;
  companyId: string;
  companyName: string;
  kind: string;
  occurredOn: IsoDate;
}

export interface NetworkFact {
  activityId: string;
  kind: 'INSTITUTIONAL_MEETING' | 'ORGANISATION_JOINED';
  counterpart: string;
  occurredOn: IsoDate;
}

export interface BulletinFact {
  editionId: string;
  areaName: string;
  sentOn: IsoDate;
}

export interface ReportFacts {
  from: IsoDate;
  to: IsoDate;
  people: PersonFact[];
  placements: PlacementFact[];
  softOutcomes: SoftOutcomeFact[];
  courses: CourseFact[];
  scouting: ScoutingFact[];
  network: NetworkFact[];
  bulletins: BulletinFact[];
}
