import type { OrganisationId } from '#libs/platform';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Law68Policies } from '../domain/law68-policies.js';
import type { Law68Input } from '../domain/workforce.types.js';
import type { StoredPosition } from '../position/position.types.js';
import { PositionFiguresColumns } from './position-figures.columns.js';

/**
 * A company's workforce at a reference date (31 December for the prospetto informativo), as posted
 * and validated by the calculator, with the position it gives on that date. One per company and
 * date: declaring the same date again replaces the input and bumps the version.
 */
@Entity('law68_declarations')
export class Law68DeclarationEntity extends PositionFiguresColumns {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId: OrganisationId;
  @Column({ name: 'company_id', type: 'uuid' }) companyId: string;
  @Column({ name: 'reference_date', type: 'date' }) referenceDate: string;
  @Column({ type: 'integer', default: 1 }) version: number;
  @Column({ type: 'jsonb' }) input: Law68Input;
  @Column({ type: 'jsonb', default: {} }) policies: Partial<Law68Policies>;
  /** The position on the reference date (conventions in course then; no later hire). */
  @Column({ type: 'jsonb' }) position: StoredPosition;
  @Column({ name: 'computed_at', type: 'timestamptz' }) computedAt: Date;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
  @Column({ name: 'updated_by', type: 'uuid' }) updatedBy: string;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt: Date;
}
