import type { OrganisationId } from '#libs/platform';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Law68Input } from '../domain/workforce.types.js';
import type { StoredPosition } from '../position/position.types.js';
import { PositionFiguresColumns } from './position-figures.columns.js';

/** Why the current position changed. DATE: a convention or hire started or ended, or the law did. */
export const HISTORY_REASONS = ['DECLARATION', 'CONVENTION', 'PLACEMENT', 'DATE'] as const;
export type HistoryReason = (typeof HISTORY_REASONS)[number];

export const HISTORY_REASON_LABELS: Record<HistoryReason, string> = {
  DECLARATION: 'Organico dichiarato',
  CONVENTION: 'Convenzione registrata o modificata',
  PLACEMENT: 'Assunzione registrata',
  DATE: 'Inizio o fine di una convenzione o di un’assunzione',
};

/** Every version of a company's current position, with the declared input it came from. */
@Entity('law68_position_history')
export class Law68PositionHistoryEntity extends PositionFiguresColumns {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId: OrganisationId;
  @Column({ name: 'company_id', type: 'uuid' }) companyId: string;
  @Column({ type: 'integer' }) version: number;
  @Column({ type: 'text' }) reason: HistoryReason;
  @Column({ name: 'declaration_id', type: 'uuid' }) declarationId: string;
  @Column({ name: 'declaration_version', type: 'integer' }) declarationVersion: number;
  @Column({ name: 'reference_date', type: 'date' }) referenceDate: string;
  @Column({ name: 'as_of', type: 'date' }) asOf: string;
  @Column({ type: 'jsonb' }) input: Law68Input;
  @Column({ type: 'jsonb' }) position: StoredPosition;
  @Column({ name: 'placements_counted', type: 'integer' }) placementsCounted: number;
  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' }) recordedAt: Date;
  @Column({ name: 'recorded_by', type: 'uuid', nullable: true }) recordedBy: string | null;
}
