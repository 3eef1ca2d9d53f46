import type { IsoDate } from '#libs/kernel';
import type { FigureCode } from '../domain/funder-figures.js';

export const COURSE_KINDS = {
  ITALIAN: 'Corso di italiano',
  DIGITAL: 'Corso di competenze digitali',
} as const;
export type CourseKind = keyof typeof COURSE_KINDS;
export const COURSE_KIND_CODES = Object.keys(COURSE_KINDS) as CourseKind[];

export const NETWORK_ACTIVITY_KINDS = {
  INSTITUTIONAL_MEETING: 'Incontro con le istituzioni',
  ORGANISATION_JOINED: 'Organizzazione entrata nella rete',
} as const;
export type NetworkActivityKind = keyof typeof NETWORK_ACTIVITY_KINDS;
export const NETWORK_ACTIVITY_KIND_CODES = Object.keys(
  NETWORK_ACTIVITY_KINDS,
) as NetworkActivityKind[];

/** Who manages projects and records their network activities. */
export const PROJECT_MANAGERS = ['coordinator'] as const;
/** Who attaches people, companies and courses to a project, and reads its reports. */
export const PROJECT_STAFF = ['coordinator', 'tutor', 'consultant'] as const;

export interface ProjectInput {
  name: string;
  funder: string;
  startsOn: IsoDate;
  endsOn: IsoDate;
  territory?: string;
  municipalityCodes?: string[];
  targets?: Partial<Record<FigureCode, number>>;
}

export interface ProjectView {
  id: string;
  name: string;
  funder: string;
  startsOn: IsoDate;
  endsOn: IsoDate;
  territory: string;
  municipalityCodes: string[];
  targets: Partial<Record<FigureCode, number>>;
  /** People and companies ever attached. */
  people: number;
  companies: number;
}

export interface ProjectPersonInput {
  candidateId: string;
  joinedOn: IsoDate;
  leftOn?: IsoDate | null;
  personalPlanOn?: IsoDate | null;
}

export interface ProjectCompanyInput {
  companyId: string;
  joinedOn: IsoDate;
  leftOn?: IsoDate | null;
}

export interface ProjectCourseInput {
  candidateId: string;
  kind: CourseKind;
  startedOn: IsoDate;
  endedOn?: IsoDate | null;
}

export interface NetworkActivityInput {
  kind: NetworkActivityKind;
  occurredOn: IsoDate;
  counterpart: string;
  notes?: string;
}
