import type { OrganisationId } from '#libs/platform';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ScoutingStage } from '../scouting.types.js';

/** Where a company stands in the scouting pipeline; no row means it was never approached. */
@Entity('scouting_companies')
export class ScoutingCompanyEntity {
  @PrimaryColumn({ name: 'company_id', type: 'uuid' }) companyId: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId: OrganisationId;
  @Column({ type: 'text' }) stage: ScoutingStage;
  /** The consultant who follows the company. */
  @Column({ name: 'consultant_id', type: 'uuid', nullable: true }) consultantId: string | null;
  @Column({ name: 'stage_changed_at', type: 'timestamptz' }) stageChangedAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
