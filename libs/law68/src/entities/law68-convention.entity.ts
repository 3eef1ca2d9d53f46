import type { OrganisationId } from '#libs/platform';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { RegisteredConventionType } from '../position/position.types.js';

/**
 * A convention of the company: an art. 11 programme of hires, or disabled workers hosted by a social
 * cooperative under art. 12-bis L. 68/1999 or art. 14 D.Lgs. 276/2003.
 */
@Entity('law68_conventions')
export class Law68ConventionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId: OrganisationId;
  @Column({ name: 'company_id', type: 'uuid' }) companyId: string;
  @Column({ type: 'text' }) type: RegisteredConventionType;
  @Column({ name: 'province_code', type: 'text' }) provinceCode: string;
  @Column({ name: 'cooperative_name', type: 'text', nullable: true }) cooperativeName:
    string | null;
  @Column({ name: 'cooperative_vat_number', type: 'char', length: 11, nullable: true })
  cooperativeVatNumber: string | null;
  @Column({ type: 'integer' }) positions: number;
  @Column({ name: 'framework_max_positions', type: 'integer', nullable: true })
  frameworkMaxPositions: number | null;
  @Column({ name: 'start_date', type: 'date' }) startDate: string;
  @Column({ name: 'end_date', type: 'date', nullable: true }) endDate: string | null;
  @Column({ type: 'text', nullable: true }) reference: string | null;
  @Column({ type: 'text', nullable: true }) notes: string | null;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt: Date;
  @Column({ type: 'integer', default: 1 }) version: number;
}
