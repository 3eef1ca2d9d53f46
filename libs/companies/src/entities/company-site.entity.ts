import type { OrganisationId } from '#libs/platform';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A place where the company's people work: what vacancies point at for distance and km zero. */
@Entity('company_sites')
export class CompanySiteEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'company_id', type: 'uuid' })
  companyId: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: OrganisationId;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  address: string;

  @Column({ name: 'municipality_code', type: 'char', length: 6 })
  municipalityCode: string;

  @Column({ type: 'double precision' })
  lat: number;

  @Column({ type: 'double precision' })
  lng: number;

  @Column({ name: 'legal_seat', type: 'boolean', default: false })
  legalSeat: boolean;
}
