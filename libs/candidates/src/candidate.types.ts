import type {
  CefrLevel,
  ContractType,
  GeoPoint,
  L68Category,
  TargetGroup,
  TimeWindow,
} from '#libs/kernel';

/** Shapes of a candidate's structured fields (stored as jsonb), shared by entities, DTOs and the demo. */

export const RIGHT_TO_WORK_KINDS = ['EU_CITIZEN', 'PERMIT', 'PERMIT_RENEWAL', 'NONE'] as const;
export type RightToWorkKind = (typeof RIGHT_TO_WORK_KINDS)[number];

export const EDUCATION_LEVELS = {
  NONE: 'Nessun titolo',
  PRIMARY: 'Licenza elementare',
  LOWER_SECONDARY: 'Licenza media',
  VOCATIONAL: 'Qualifica professionale',
  UPPER_SECONDARY: 'Diploma',
  DEGREE: 'Laurea',
  FOREIGN_UNRECOGNISED: 'Titolo estero non riconosciuto',
} as const;
export type EducationLevel = keyof typeof EDUCATION_LEVELS;

export const DIGITAL_SKILLS = {
  EMAIL: 'Usa la posta elettronica',
  SPID: 'Ha e usa lo SPID',
  SMARTPHONE: 'Usa lo smartphone e le app',
  OFFICE: 'Usa programmi di videoscrittura e fogli di calcolo',
  JOB_PORTALS: 'Cerca lavoro sui portali online',
} as const;
export type DigitalSkill = keyof typeof DIGITAL_SKILLS;

export const PATHWAY_STATUSES = {
  IN_CHARGE: 'Presa in carico',
  ORIENTATION: 'Orientamento',
  TRAINING: 'Formazione',
  INTERNSHIP: 'Tirocinio',
  EMPLOYED: 'Occupato',
  CLOSED: 'Percorso chiuso',
} as const;
export type PathwayStatus = keyof typeof PATHWAY_STATUSES;

/** GDPR legal basis of the processing (art. 6 and, for special categories, art. 9). */
export const LEGAL_BASES = {
  CONSENT: 'Consenso esplicito (art. 6.1.a e 9.2.a GDPR)',
  PUBLIC_TASK: 'Compito di interesse pubblico (art. 6.1.e e 9.2.g GDPR)',
  SOCIAL_PROTECTION: 'Obblighi in materia di protezione sociale (art. 9.2.b GDPR)',
  CONTRACT: 'Esecuzione di un contratto (art. 6.1.b GDPR)',
} as const;
export type LegalBasis = keyof typeof LEGAL_BASES;

/**
 * Referring services. Some kinds reveal a special category by themselves (UEPE: criminal justice,
 * CPS/SERD: mental health and addiction, SAI/CAS: asylum, anti-violence centres): those referrals are
 * stored with the sensitive data.
 */
export const REFERRAL_KINDS = {
  SOCIAL_SERVICES: { label: 'Servizi sociali', revealing: false },
  JOB_CENTRE: { label: 'Centro per l’impiego', revealing: false },
  QUBI: { label: 'Qubì', revealing: false },
  WEMI: { label: 'WeMi', revealing: false },
  NETWORK: { label: 'Rete territoriale', revealing: false },
  SELF: { label: 'Accesso spontaneo', revealing: false },
  UEPE: { label: 'UEPE (esecuzione penale esterna)', revealing: true },
  USSM: { label: 'USSM (servizio sociale minorenni)', revealing: true },
  SAI: { label: 'Progetto SAI', revealing: true },
  CAS: { label: 'Centro di accoglienza straordinaria (CAS)', revealing: true },
  CPS: { label: 'Centro psico-sociale (CPS)', revealing: true },
  SERD: { label: 'SerD (dipendenze)', revealing: true },
  ANTI_VIOLENCE_CENTRE: { label: 'Centro antiviolenza', revealing: true },
} as const;
export type ReferralKind = keyof typeof REFERRAL_KINDS;

export interface Referral {
  kind: ReferralKind;
  /** The service's name or office, e.g. "Servizio sociale Municipio 2". */
  name?: string;
  contactPerson?: string;
}

export interface Skill {
  /** Taxonomy code when known; free text is always kept beside it. */
  code: string | null;
  label: string;
}

export interface Experience {
  occupationCode: string | null;
  occupationText: string;
  months: number;
  sector?: string;
}

export interface Consent {
  /** Version of the privacy notice the person was given. */
  privacyNoticeVersion: string;
  givenAt: string;
  /** Receives the weekly bulletin (and, if true, their own best matches in it). */
  bulletin: boolean;
  /** Their profile may be proposed to companies. */
  shareWithCompanies: boolean;
}

/**
 * An area the person may work in, as a plain constraint (its reason is never stored here): a circle
 * (`lat`, `lng`, `radiusKm`, all three), a set of municipalities (ISTAT codes of the gazetteer), or
 * both, the site being allowed in either.
 */
export interface AllowedArea extends Partial<GeoPoint> {
  radiusKm?: number;
  municipalityCodes?: string[];
}

export { TASK_CODES } from '#libs/kernel';

export const L68_CERTIFYING_BODIES = ['INPS', 'ASL', 'INAIL', 'OTHER'] as const;

/** Law 68 registration: disability category and percentage are special-category data. */
export interface L68Registration {
  category: L68Category;
  /** Reduction of working capacity, 0-100. */
  percent?: number;
  certifyingBody?: (typeof L68_CERTIFYING_BODIES)[number];
  certificateDate?: string;
  reviewDate?: string;
  registeredInList: boolean;
  registrationOffice?: string;
  registrationDate?: string;
}

export interface JusticeStatus {
  measure: string;
  authority: 'UEPE' | 'USSM' | 'OTHER';
  endsOn?: string;
}

export interface AsylumStatus {
  status: 'ASYLUM_SEEKER' | 'REFUGEE' | 'SUBSIDIARY_PROTECTION' | 'SPECIAL_PROTECTION' | 'OTHER';
  reception?: 'SAI' | 'CAS' | 'NONE';
  permitType?: string;
}

export interface ViolenceStatus {
  antiViolenceCentre?: string;
  notes?: string;
}

export interface HealthLimitations {
  notes: string;
}

/** Everything special-category about a candidate. Only those on the case may read it. */
export interface CandidateSensitiveData {
  targetGroups: TargetGroup[];
  l68: L68Registration | null;
  health: HealthLimitations | null;
  justice: JusticeStatus | null;
  asylum: AsylumStatus | null;
  violence: ViolenceStatus | null;
  referral: Referral | null;
}

export type { CefrLevel, ContractType, TimeWindow };
