import type { OrganisationId } from '#libs/platform';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** A person to talk to at the company (HR, the owner, the shop manager). */
export interface CompanyContact {
  name: string;
  role?: string | null;
  email?: string | null;
  phone?: string | null;
}

/** A company the consultants work with; its places of work are CompanySiteEntity rows. */
@Entity('companies')
export class CompanyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: OrganisationId;

  @Column({ type: 'text' })
  name: string;

  /** Partita IVA, 11 digits, unique within the organisation. */
  @Column({ name: 'vat_number', type: 'char', length: 11 })
  vatNumber: string;

  @Column({ name: 'ateco_code', type: 'text', nullable: true })
  atecoCode: string | null;

  /** Province of the legal seat (where the Law 68 art. 18 quota of a multi-site company goes). */
  @Column({ name: 'legal_province_code', type: 'text', nullable: true })
  legalProvinceCode: string | null;

  @Column({ type: 'integer', nullable: true })
  headcount: number | null;

  @Column({ type: 'jsonb', default: [] })
  contacts: CompanyContact[];

  /** A neighbourhood business scouted for lavoro a km zero. */
  @Column({ name: 'km_zero', type: 'boolean', default: false })
  kmZero: boolean;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** Bumped by every change, sites included, for the optimistic check of an update. */
  @Column({ type: 'integer', default: 1 })
  version: number;
}
