import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ProposalState } from '../proposal-states.rules.js';

/** One move of a proposal: who (null: the system), from, to, when, why. Append-only. */
@Entity('proposal_events')
export class ProposalEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ name: 'proposal_id', type: 'uuid' }) proposalId: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @Column({ name: 'actor_id', type: 'uuid', nullable: true }) actorId: string | null;
  @Column({ name: 'from_state', type: 'text', nullable: true }) fromState: ProposalState | null;
  @Column({ name: 'to_state', type: 'text' }) toState: ProposalState;
  @Column({ type: 'text', nullable: true }) reason: string | null;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ type: 'timestamptz' }) at: Date;
}
