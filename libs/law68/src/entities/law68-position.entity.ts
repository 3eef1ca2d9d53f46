import type { OrganisationId } from '#libs/platform';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { StoredPosition } from '../position/position.types.js';
import { numberColumn, PositionFiguresColumns } from './position-figures.columns.js';

/**
 * A company's current position, as of the day it was last computed: the latest declaration with the
 * conventions and hires in course. The territory view and the priority list read its columns.
 */
@Entity('law68_positions')
export class Law68PositionEntity extends PositionFiguresColumns {
  @PrimaryColumn({ name: 'company_id', type: 'uuid' }) companyId: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId: OrganisationId;
  @Column({ name: 'declaration_id', type: 'uuid' }) declarationId: string;
  @Column({ name: 'as_of', type: 'date' }) asOf: string;
  @Column({ type: 'jsonb' }) position: StoredPosition;
  @Column({ name: 'placements_counted', type: 'integer' }) placementsCounted: number;
  @Column({ name: 'programmed_hires', type: 'integer' }) programmedHires: number;
  /** First day of the running daily sanction, null when nothing is uncovered. */
  @Column({ name: 'sanction_since', type: 'date', nullable: true }) sanctionSince: string | null;
  @Column({ name: 'sanctionable_positions', type: 'integer' }) sanctionablePositions: number;
  @Column({ name: 'accrued_sanction_cents', type: 'bigint', transformer: numberColumn })
  accruedSanctionCents: number;
  @Column({ name: 'computed_at', type: 'timestamptz' }) computedAt: Date;
  @Column({ type: 'integer' }) version: number;
}
