import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MunicipalitiesService } from '#libs/geo';
import type { FieldProblem, OrganisationId } from '#libs/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { DistrictEntity } from '../entities/district.entity.js';
import { Law68Error } from '../law68.error.js';

export interface DistrictInput {
  name: string;
  municipalityCodes: string[];
}

export interface DistrictView extends DistrictEntity {
  municipalities: Array<{ code: string; name: string; provinceCode: string }>;
}

/** Districts of one organisation; a district of another one is simply not found. */
@Injectable()
export class DistrictsRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly municipalities: MunicipalitiesService,
  ) {}

  /** Runs `work` in one transaction. */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** The organisation's districts by name. */
  list(organisationId: OrganisationId): Promise<DistrictEntity[]> {
    return this.dataSource.manager.find(DistrictEntity, {
      where: { organisationId },
      order: { name: 'ASC' },
    });
  }

  async delete(id: string): Promise<void> {
    await this.dataSource.manager.delete(DistrictEntity, { id });
  }

  async get(
    organisationId: OrganisationId,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<DistrictEntity> {
    const district = await manager.findOneBy(DistrictEntity, { id, organisationId });
    if (!district) throw Law68Error.districtNotFound();
    return district;
  }

  async nameTaken(
    manager: EntityManager,
    organisationId: OrganisationId,
    name: string,
    exceptId?: string,
  ): Promise<boolean> {
    const [{ taken }] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM districts WHERE organisation_id = $1 AND lower(name) = lower($2)
                        AND id IS DISTINCT FROM $3) AS taken`,
      [organisationId, name, exceptId ?? null],
    );
    return taken;
  }

  /** Every code must be a known municipality; repeated codes are kept once. */
  async checkMunicipalities(codes: string[]): Promise<FieldProblem[]> {
    const known = await this.municipalities.findByCodes(codes);
    return codes.flatMap((code, index) =>
      known.has(code)
        ? []
        : [
            {
              field: `municipalityCodes[${index}]`,
              message: 'comune sconosciuto (usa il codice ISTAT)',
            },
          ],
    );
  }

  async views(districts: DistrictEntity[]): Promise<DistrictView[]> {
    const known = await this.municipalities.findByCodes(
      districts.flatMap((d) => d.municipalityCodes),
    );
    return districts.map((district) => ({
      ...district,
      municipalities: district.municipalityCodes.map((code) => ({
        code,
        name: known.get(code)?.name ?? code,
        provinceCode: known.get(code)?.provinceCode ?? '',
      })),
    }));
  }
}
