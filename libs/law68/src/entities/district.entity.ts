import type { OrganisationId } from '#libs/platform';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A job-centre district (ambito del centro per l'impiego): a named list of municipalities. There is
 * no official mapping in the repository, so each organisation keeps its own.
 */
@Entity('districts')
export class DistrictEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId: OrganisationId;
  @Column({ type: 'text' }) name: string;
  @Column({ name: 'municipality_codes', type: 'char', length: 6, array: true })
  municipalityCodes: string[];
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt: Date;
}
