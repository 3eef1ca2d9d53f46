import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An Italian municipality (comune) of the ISTAT list, with its centroid. */
@Entity('municipalities')
export class MunicipalityEntity {
  @PrimaryColumn({ name: 'istat_code', type: 'char', length: 6 })
  istatCode: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'province_code', type: 'text' })
  provinceCode: string;

  @Column({ type: 'text' })
  province: string;

  @Column({ type: 'text' })
  region: string;

  @Column({ type: 'text', nullable: true })
  cap: string | null;

  @Column({ type: 'integer', nullable: true })
  population: number | null;

  @Column({ type: 'double precision' })
  lat: number;

  @Column({ type: 'double precision' })
  lng: number;
}
