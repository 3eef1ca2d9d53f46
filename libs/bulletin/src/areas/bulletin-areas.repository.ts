import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OrganisationId } from '#libs/platform';
import { DataSource, In, IsNull, Not } from 'typeorm';
import { BulletinError } from '../domain/bulletin.error.js';
import { BulletinAreaEntity } from '../persistence/bulletin-area.entity.js';

/** Areas of an organisation; the public side finds them by slug only. */
@Injectable()
export class BulletinAreasRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(organisationId: OrganisationId, id: string): Promise<BulletinAreaEntity> {
    const area = await this.dataSource.manager.findOneBy(BulletinAreaEntity, {
      id,
      organisationId,
    });
    if (!area) throw BulletinError.notFound('Area');
    return area;
  }

  /** For jobs, which carry an area id and no organisation. */
  async getById(id: string): Promise<BulletinAreaEntity> {
    const area = await this.dataSource.manager.findOneBy(BulletinAreaEntity, { id });
    if (!area) throw BulletinError.notFound('Area');
    return area;
  }

  findBySlug(slug: string): Promise<BulletinAreaEntity | null> {
    return this.dataSource.manager.findOneBy(BulletinAreaEntity, { slug });
  }

  /** Active areas by slug, whatever their organisation (a public subscription names them). */
  findActiveBySlugs(slugs: readonly string[]): Promise<BulletinAreaEntity[]> {
    return this.dataSource.manager.findBy(BulletinAreaEntity, {
      slug: In([...slugs]),
      archivedAt: IsNull(),
    });
  }

  /** Every area still in use, of every organisation: the weekly run composes them all. */
  listAllActive(): Promise<BulletinAreaEntity[]> {
    return this.dataSource.manager.find(BulletinAreaEntity, {
      where: { archivedAt: IsNull() },
      order: { slug: 'ASC' },
    });
  }

  async listForOrganisation(
    organisationId: OrganisationId,
    ids?: readonly string[],
  ): Promise<BulletinAreaEntity[]> {
    return this.dataSource.manager.find(BulletinAreaEntity, {
      where: ids ? { organisationId, id: In([...ids]) } : { organisationId },
      order: { name: 'ASC' },
    });
  }

  /** The organisation's areas by name, archived ones or the others. */
  list(organisationId: OrganisationId, archived: boolean): Promise<BulletinAreaEntity[]> {
    return this.dataSource.manager.find(BulletinAreaEntity, {
      where: { organisationId, archivedAt: archived ? Not(IsNull()) : IsNull() },
      order: { name: 'ASC' },
    });
  }

  save(area: BulletinAreaEntity): Promise<BulletinAreaEntity> {
    return this.dataSource.manager.save(area);
  }
}
