import type { ContractType, L68Category } from '#libs/kernel';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

const numeric = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

export const INTERNSHIP_KINDS = {
  EXTRACURRICULAR: 'Tirocinio extracurricolare (DGR Lombardia 7763/2018)',
  SUMMER: 'Tirocinio estivo di orientamento',
  INCLUSION: 'Tirocinio di inclusione (DGR Lombardia 5451/2016)',
} as const;
export type InternshipKind = keyof typeof INTERNSHIP_KINDS;

/** An internship's terms: who promotes it, the monthly allowance, its dates. */
export interface InternshipTerms {
  promoter: string;
  monthlyAllowanceCents: number;
  startDate: string;
  endDate: string | null;
  kind: InternshipKind;
}

/**
 * An outcome: a contract or an internship. The Law 68 module reads these columns to count a
 * company's covered positions; erasure of the person keeps them so yearly figures stay right.
 */
@Entity('placements')
export class PlacementEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @Column({ name: 'candidate_id', type: 'uuid' }) candidateId: string;
  @Column({ name: 'company_id', type: 'uuid' }) companyId: string;
  @Column({ name: 'vacancy_id', type: 'uuid', nullable: true }) vacancyId: string | null;
  @Column({ name: 'proposal_id', type: 'uuid', nullable: true }) proposalId: string | null;
  @Column({ name: 'contract_type', type: 'text' }) contractType: ContractType;
  @Column({
    name: 'weekly_hours',
    type: 'numeric',
    precision: 4,
    scale: 1,
    nullable: true,
    transformer: numeric,
  })
  weeklyHours: number | null;
  @Column({
    name: 'full_time_hours',
    type: 'numeric',
    precision: 4,
    scale: 1,
    nullable: true,
    transformer: numeric,
  })
  fullTimeHours: number | null;
  @Column({ name: 'start_date', type: 'date' }) startDate: string;
  @Column({ name: 'end_date', type: 'date', nullable: true }) endDate: string | null;
  @Column({ name: 'km_zero', type: 'boolean' }) kmZero: boolean;
  @Column({ name: 'counts_toward_l68', type: 'boolean' }) countsTowardL68: boolean;
  @Column({ name: 'l68_category', type: 'text', nullable: true }) l68Category: L68Category | null;
  @Column({ type: 'jsonb', nullable: true }) internship: InternshipTerms | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy: string;
}
