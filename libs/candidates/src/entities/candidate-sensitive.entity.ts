import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * Special-category data (GDPR art. 9 and 10) of a candidate, in a table of its own so that no
 * ordinary query can carry it by accident, and sealed (AES-256-GCM, see CandidateSensitiveSealer) so
 * that a dump of the database alone reveals none of it, not even which fields a person has. Read
 * only through CandidateSensitiveReader, which checks need-to-know and writes the audit log.
 */
@Entity('candidate_sensitive')
export class CandidateSensitiveEntity {
  @PrimaryColumn({ name: 'candidate_id', type: 'uuid' }) candidateId: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  /** The data key that sealed this row (envelope and blind index): rotation finds rows by it. */
  @Column({ name: 'key_id', type: 'text' }) keyId: string;
  /** Every special-category field, one envelope (see CandidateSensitiveSealer). */
  @Column({ type: 'bytea' }) sealed: Buffer;
  /** Keyed blind index of the Law 68 registration (see l68-registration.sql.ts). */
  @Column({ name: 'l68_index', type: 'bytea' }) l68Index: Buffer;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
