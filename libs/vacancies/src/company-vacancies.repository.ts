import { Injectable } from '@nestjs/common';
import { CompanyVacancies } from '#libs/companies';
import { type OrganisationId, RecordChanges } from '#libs/platform';
import type { EntityManager } from 'typeorm';
import {
  COUNT_IN_PLAY_SQL,
  FOLLOW_MOVED_SITE_SQL,
  SITES_IN_USE_SQL,
} from './company-vacancies.sql.js';

/** The vacancies table answering for the companies lib (see CompanyVacancies). */
@Injectable()
export class CompanyVacanciesRepository extends CompanyVacancies {
  constructor(private readonly changes: RecordChanges) {
    super();
  }

  async countInPlay(
    manager: EntityManager,
    organisationId: OrganisationId,
    companyId: string,
  ): Promise<number> {
    const [{ count }]: Array<{ count: number }> = await manager.query(COUNT_IN_PLAY_SQL, [
      organisationId,
      companyId,
    ]);
    return count;
  }

  async sitesInUse(manager: EntityManager, siteIds: string[]): Promise<Set<string>> {
    if (siteIds.length === 0) return new Set();
    const rows: Array<{ site_id: string }> = await manager.query(SITES_IN_USE_SQL, [siteIds]);
    return new Set(rows.map((row) => row.site_id));
  }

  async followMovedSite(
    manager: EntityManager,
    organisationId: OrganisationId,
    site: { id: string; municipalityCode: string; lat: number; lng: number },
  ): Promise<void> {
    const [rows]: [Array<{ id: string }>, number] = await manager.query(FOLLOW_MOVED_SITE_SQL, [
      site.id,
      site.municipalityCode,
      site.lat,
      site.lng,
      organisationId,
    ]);
    for (const { id } of rows) {
      await this.changes.recorded(manager, { type: 'vacancy', id, organisationId, kind: 'upsert' });
    }
  }
}
