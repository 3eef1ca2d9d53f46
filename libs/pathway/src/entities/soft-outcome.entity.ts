import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { SoftOutcomeKind, SoftOutcomeLevel } from '../soft-outcome.types.js';

/** A soft outcome of the pathway, graded by the tutor on a date. */
@Entity('soft_outcomes')
export class SoftOutcomeEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @Column({ name: 'candidate_id', type: 'uuid' }) candidateId: string;
  @Column({ type: 'text' }) kind: SoftOutcomeKind;
  @Column({ type: 'smallint', nullable: true }) level: SoftOutcomeLevel | null;
  @Column({ type: 'text', nullable: true }) notes: string | null;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
  @Column({ name: 'recorded_by', type: 'uuid' }) recordedBy: string;
}
