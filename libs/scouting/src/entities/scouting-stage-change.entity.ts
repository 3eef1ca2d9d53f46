import type { OrganisationId } from '#libs/platform';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ScoutingStage } from '../scouting.types.js';

/** One move of a company through the pipeline (by hand, or by an activity recorded). */
@Entity('scouting_stage_changes')
export class ScoutingStageChangeEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId: OrganisationId;
  @Column({ name: 'company_id', type: 'uuid' }) companyId: string;
  @Column({ name: 'from_stage', type: 'text', nullable: true }) fromStage: ScoutingStage | null;
  @Column({ name: 'to_stage', type: 'text' }) toStage: ScoutingStage;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ name: 'changed_by', type: 'uuid' }) changedBy: string;
  @Column({ name: 'changed_at', type: 'timestamptz', default: () => 'now()' }) changedAt: Date;
}
