import type { OrganisationId } from '#libs/platform';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { EditionStatus } from '../domain/edition.js';
import type { EditionContentJson } from './edition-content.codec.js';

/** One area's edition for one ISO week; (areaId, weekKey) is unique. */
@Entity('bulletin_editions')
export class BulletinEditionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId: OrganisationId;
  @Column({ name: 'area_id', type: 'uuid' }) areaId: string;
  @Column({ name: 'week_key', type: 'text' }) weekKey: string;
  @Column({ type: 'text' }) status: EditionStatus;
  /** The area as it was named and the sections with their items: a frozen snapshot. */
  @Column({ type: 'jsonb' }) content: EditionContentJson;
  @Column({ name: 'composed_at', type: 'timestamptz' }) composedAt: Date;
  @Column({ name: 'new_offers_since', type: 'timestamptz' }) newOffersSince: Date;
  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true }) approvedAt: Date | null;
  @Column({ name: 'approved_by_user_id', type: 'uuid', nullable: true })
  approvedByUserId: string | null;
  @Column({ name: 'approved_automatically', type: 'boolean', default: false })
  approvedAutomatically: boolean;
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true }) sentAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
