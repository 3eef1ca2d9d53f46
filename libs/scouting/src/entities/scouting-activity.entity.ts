import type { OrganisationId } from '#libs/platform';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ActivityKind, ActivityTopic } from '../scouting.types.js';

/** A contact with a company: a call, a visit, a tailor-made consultancy... and what comes next. */
@Entity('scouting_activities')
export class ScoutingActivityEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId: OrganisationId;
  @Column({ name: 'company_id', type: 'uuid' }) companyId: string;
  @Column({ name: 'consultant_id', type: 'uuid' }) consultantId: string;
  @Column({ type: 'text' }) kind: ActivityKind;
  @Column({ type: 'text' }) topic: ActivityTopic;
  @Column({ name: 'occurred_on', type: 'date' }) occurredOn: string;
  @Column({ type: 'text', default: '' }) notes: string;
  @Column({ name: 'next_action', type: 'text', nullable: true }) nextAction: string | null;
  @Column({ name: 'next_action_due', type: 'date', nullable: true }) nextActionDue: string | null;
  @Column({ name: 'next_action_done_at', type: 'timestamptz', nullable: true })
  nextActionDoneAt: Date | null;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
}
