import type { OrganisationId } from '#libs/platform';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { SectionCode } from '../domain/edition-sections.js';
import { numericColumn } from './numeric.transformer.js';

/**
 * The territory of one bulletin: a list of municipalities (a district), a circle (a Milan
 * Municipio), or both. Its slug names the public page /bollettino/{slug}/{week}, so it is unique
 * across organisations.
 */
@Entity('bulletin_areas')
export class BulletinAreaEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId: OrganisationId;
  @Column({ type: 'text' }) slug: string;
  @Column({ type: 'text' }) name: string;
  @Column({ name: 'municipality_codes', type: 'char', length: 6, array: true, default: [] })
  municipalityCodes: string[];
  @Column({ name: 'centre_lat', type: 'double precision', nullable: true }) centreLat:
    number | null;
  @Column({ name: 'centre_lng', type: 'double precision', nullable: true }) centreLng:
    number | null;
  @Column({ name: 'radius_km', type: 'numeric', nullable: true, transformer: numericColumn })
  radiusKm: number | null;
  /** The sections this area's bulletin carries, in any order (editions keep the canonical one). */
  @Column({ type: 'text', array: true }) sections: SectionCode[];
  /** Approve and send each composed edition without waiting for an editor. */
  @Column({ name: 'auto_send', type: 'boolean', default: false }) autoSend: boolean;
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true }) archivedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
