import type { L68Category, TargetGroup } from '#libs/kernel';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type {
  AsylumStatus,
  HealthLimitations,
  JusticeStatus,
  L68Registration,
  Referral,
  ViolenceStatus,
} from '../candidate.types.js';

/**
 * Special-category data (GDPR art. 9 and 10) of a candidate, in a table of its own so that no
 * ordinary query can carry it by accident. Read only through CandidateSensitiveReader, which checks
 * need-to-know and writes the audit log.
 */
@Entity('candidate_sensitive')
export class CandidateSensitiveEntity {
  @PrimaryColumn({ name: 'candidate_id', type: 'uuid' }) candidateId: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @Column({ name: 'target_groups', type: 'text', array: true, default: [] })
  targetGroups: TargetGroup[];
  @Column({ type: 'jsonb', nullable: true }) l68: L68Registration | null;
  /** Derived for matching: the Law 68 category the person is registered for in the elenco, if any. */
  @Column({ name: 'l68_eligible_category', type: 'text', nullable: true })
  l68EligibleCategory: L68Category | null;
  @Column({ type: 'jsonb', nullable: true }) health: HealthLimitations | null;
  @Column({ type: 'jsonb', nullable: true }) justice: JusticeStatus | null;
  @Column({ type: 'jsonb', nullable: true }) asylum: AsylumStatus | null;
  @Column({ type: 'jsonb', nullable: true }) violence: ViolenceStatus | null;
  @Column({ type: 'jsonb', nullable: true }) referral: Referral | null;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
