import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { DeclineReason, ProposalState } from '../proposal-states.rules.js';

const numeric = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** A candidate proposed for a vacancy by a tutor, and where that proposal stands. */
@Entity('proposals')
export class ProposalEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @Column({ name: 'candidate_id', type: 'uuid' }) candidateId: string;
  @Column({ name: 'vacancy_id', type: 'uuid' }) vacancyId: string;
  @Column({ name: 'company_id', type: 'uuid' }) companyId: string;
  @Column({ type: 'text' }) state: ProposalState;
  @Column({ name: 'decline_reason', type: 'text', nullable: true })
  declineReason: DeclineReason | null;
  /** The match score when the person was proposed. */
  @Column({ type: 'numeric', precision: 5, scale: 2, nullable: true, transformer: numeric })
  score: number | null;
  @Column({ type: 'text', nullable: true }) note: string | null;
  /** When it expires without news; null once no expiry applies (internship, final states). */
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true }) expiresAt: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy: string;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @Column({ type: 'integer' }) version: number;
}
