import type { CefrLevel, TimeWindow } from '#libs/kernel';
import type { OrganisationId } from '#libs/platform';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { ContentKind } from '../contents/content-kinds.types.js';
import { numericColumn } from './numeric.transformer.js';

/**
 * A training course, an active labour policy, an Italian course or a useful service: the entries
 * of a bulletin besides job offers. Dates are calendar days in Italy; `enrolBy` and `endsOn` are the
 * last day included.
 */
@Entity('bulletin_contents')
export class BulletinContentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId: OrganisationId;
  @Column({ type: 'text' }) kind: ContentKind;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'text', default: '' }) summary: string;
  /** Who runs it: the training centre, the CPIA, the promoter of a policy, the office of a service. */
  @Column({ type: 'text' }) provider: string;
  @Column({ name: 'municipality_code', type: 'char', length: 6, nullable: true })
  municipalityCode: string | null;
  /** Where, in words: 'Via Padova 36, Milano'. */
  @Column({ type: 'text', nullable: true }) place: string | null;
  /** The areas whose bulletins carry it; empty means every area of the organisation. */
  @Column({ name: 'area_ids', type: 'uuid', array: true, default: [] }) areaIds: string[];
  /** Who it is for, in words meant for readers: 'Donne disoccupate', 'Giovani 18-29 anni'. */
  @Column({ type: 'text', nullable: true }) target: string | null;
  @Column({ name: 'starts_on', type: 'date', nullable: true }) startsOn: string | null;
  @Column({ name: 'ends_on', type: 'date', nullable: true }) endsOn: string | null;
  @Column({ name: 'enrol_by', type: 'date', nullable: true }) enrolBy: string | null;
  @Column({ name: 'cefr_level', type: 'text', nullable: true }) cefrLevel: CefrLevel | null;
  @Column({ type: 'numeric', nullable: true, transformer: numericColumn }) hours: number | null;
  @Column({ type: 'jsonb', default: [] }) schedule: TimeWindow[];
  @Column({ type: 'boolean', nullable: true }) free: boolean | null;
  @Column({ type: 'text', nullable: true }) url: string | null;
  /** How to enrol, apply or get access, in Italian. */
  @Column({ name: 'how_to', type: 'text', nullable: true }) howTo: string | null;
  /** A public office contact (never a person's private number). */
  @Column({ type: 'text', nullable: true }) contact: string | null;
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true }) archivedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @VersionColumn() version: number;
}
