import type { CefrLevel, ContractType, TargetGroup, TimeWindow } from '#libs/kernel';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type {
  AllowedArea,
  Consent,
  DigitalSkill,
  EducationLevel,
  Experience,
  LegalBasis,
  PathwayStatus,
  Referral,
  RightToWorkKind,
  Skill,
} from '../candidate.types.js';

const numeric = {
  to: (value: number) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/**
 * A person in charge (persona in carico): everything matching and daily work need, and nothing of a
 * special category. Constraints that come from a sensitive situation are plain constraints here
 * (availability, allowed area, task limitations); their reasons live in CandidateSensitiveEntity.
 */
@Entity('candidates')
export class CandidateEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @Column({ name: 'first_name', type: 'text' }) firstName: string;
  @Column({ name: 'last_name', type: 'text' }) lastName: string;
  @Column({ name: 'tax_code', type: 'text', nullable: true }) taxCode: string | null;
  @Column({ name: 'birth_date', type: 'date' }) birthDate: string;
  @Column({ type: 'text', nullable: true }) gender: string | null;
  @Column({ type: 'text', nullable: true }) email: string | null;
  @Column({ type: 'text', nullable: true }) phone: string | null;
  @Column({ name: 'home_municipality_code', type: 'char', length: 6 }) homeMunicipalityCode: string;
  @Column({ name: 'home_lat', type: 'double precision' }) homeLat: number;
  @Column({ name: 'home_lng', type: 'double precision' }) homeLng: number;
  @Column({ name: 'max_travel_km', type: 'numeric', precision: 6, scale: 1, transformer: numeric })
  maxTravelKm: number;
  @Column({ name: 'italian_level', type: 'text' }) italianLevel: CefrLevel;
  @Column({ type: 'text', nullable: true }) education: EducationLevel | null;
  @Column({ name: 'digital_skills', type: 'text', array: true, default: [] })
  digitalSkills: DigitalSkill[];
  /** null: no time constraint. */
  @Column({ type: 'jsonb', nullable: true }) availability: TimeWindow[] | null;
  /** The most hours a week the person can work (children, health, studies); null: no limit. */
  @Column({
    name: 'max_weekly_hours',
    type: 'numeric',
    precision: 4,
    scale: 1,
    nullable: true,
    transformer: numeric,
  })
  maxWeeklyHours: number | null;
  @Column({ name: 'driving_licences', type: 'text', array: true, default: [] })
  drivingLicences: string[];
  @Column({ name: 'right_to_work_kind', type: 'text' }) rightToWorkKind: RightToWorkKind;
  @Column({ name: 'right_to_work_expires_on', type: 'date', nullable: true }) rightToWorkExpiresOn:
    string | null;
  @Column({ type: 'jsonb', default: [] }) skills: Skill[];
  @Column({ type: 'jsonb', default: [] }) experiences: Experience[];
  @Column({ name: 'preferred_occupations', type: 'text', array: true, default: [] })
  preferredOccupations: string[];
  @Column({ name: 'preferred_contract_types', type: 'text', array: true, default: [] })
  preferredContractTypes: ContractType[];
  /** Only the groups that reveal nothing special (NEET, parents...); the others are sensitive. */
  @Column({ name: 'target_groups', type: 'text', array: true, default: [] })
  targetGroups: TargetGroup[];
  @Column({ name: 'allowed_area', type: 'jsonb', nullable: true }) allowedArea: AllowedArea | null;
  @Column({ name: 'task_limitations', type: 'text', array: true, default: [] })
  taskLimitations: string[];
  /** A referral whose kind reveals nothing; a revealing one is stored with the sensitive data. */
  @Column({ type: 'jsonb', nullable: true }) referral: Referral | null;
  @Column({ name: 'assigned_tutor_ids', type: 'uuid', array: true, default: [] })
  assignedTutorIds: string[];
  @Column({ name: 'legal_basis', type: 'text' }) legalBasis: LegalBasis;
  @Column({ type: 'jsonb' }) consent: Consent;
  @Column({ name: 'pathway_status', type: 'text', default: 'IN_CHARGE' })
  pathwayStatus: PathwayStatus;
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true }) archivedAt: Date | null;
  /** When the pathway was closed: closed cases are anonymised after the retention period. */
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt: Date | null;
  /** When the person's data was erased on request or by retention (the record stays, anonymous). */
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true }) erasedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @VersionColumn() version: number;
}
