import type { CefrLevel, ContractType, L68Category, TimeWindow } from '#libs/kernel';
import type { OrganisationId } from '#libs/platform';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { VacancySource, VacancyStatus } from '../vacancy-status.rules.js';

/** A skill the job asks for: a taxonomy code, free text, or both (the text as the company wrote it). */
export interface RequiredSkill {
  code: string | null;
  text: string | null;
}

const numeric = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/**
 * A job offer (offerta di lavoro) at one site of a company. The site's municipality and coordinates
 * are copied here whenever the vacancy or its site changes, so that search and matching filter by
 * place without a join.
 */
@Entity('vacancies')
export class VacancyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: OrganisationId;

  @Column({ name: 'company_id', type: 'uuid' })
  companyId: string;

  @Column({ name: 'site_id', type: 'uuid' })
  siteId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  /** ISTAT CP2021 (or ESCO) code of the taxonomy. */
  @Column({ name: 'occupation_code', type: 'text', nullable: true })
  occupationCode: string | null;

  /** The occupation in the company's words, beside or instead of the code. */
  @Column({ name: 'occupation_text', type: 'text', nullable: true })
  occupationText: string | null;

  @Column({ name: 'required_skills', type: 'jsonb', default: [] })
  requiredSkills: RequiredSkill[];

  @Column({ name: 'min_italian_level', type: 'text' })
  minItalianLevel: CefrLevel;

  /** The weekly schedule; every window ends after it starts (a night shift is two windows). */
  @Column({ type: 'jsonb', default: [] })
  shifts: TimeWindow[];

  /** Hours are agreed with the person: the shifts, if any, are only an example. */
  @Column({ name: 'flexible_hours', type: 'boolean', default: false })
  flexibleHours: boolean;

  @Column({ name: 'contract_type', type: 'text' })
  contractType: ContractType;

  @Column({
    name: 'weekly_hours',
    type: 'numeric',
    precision: 4,
    scale: 1,
    nullable: true,
    transformer: numeric,
  })
  weeklyHours: number | null;

  @Column({ type: 'integer', default: 1 })
  positions: number;

  /** Reserved under Law 68/1999 to a disabled person (art. 1) or a protected category (art. 18). */
  @Column({ name: 'reserved_l68', type: 'text', nullable: true })
  reservedL68: L68Category | null;

  @Column({ name: 'km_zero', type: 'boolean', default: false })
  kmZero: boolean;

  @Column({ name: 'adults_only', type: 'boolean', default: false })
  adultsOnly: boolean;

  @Column({ name: 'required_licences', type: 'text', array: true, default: [] })
  requiredLicences: string[];

  /** Task codes the job involves (heavy lifting, night work ...), checked against limitations. */
  @Column({ type: 'text', array: true, default: [] })
  tasks: string[];

  @Column({ type: 'text' })
  source: VacancySource;

  @Column({ type: 'text', default: 'OPEN' })
  status: VacancyStatus;

  @Column({ name: 'published_at', type: 'date' })
  publishedAt: string;

  @Column({ name: 'expires_at', type: 'date', nullable: true })
  expiresAt: string | null;

  @Column({ name: 'start_date', type: 'date', nullable: true })
  startDate: string | null;

  @Column({ name: 'municipality_code', type: 'char', length: 6 })
  municipalityCode: string;

  @Column({ name: 'site_lat', type: 'double precision' })
  siteLat: number;

  @Column({ name: 'site_lng', type: 'double precision' })
  siteLng: number;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'integer', default: 1 })
  version: number;
}
