import type { OrganisationId, RecordChanges } from '#libs/platform';
import type { EntityManager } from 'typeorm';

/*
 * Vacancies depend on companies, never the reverse; yet a vacancy keeps a copy of its site's place
 * (municipality and coordinates, for search and matching without a join) and must not outlive its
 * company's activity. These few statements keep that true inside the company's own transaction.
 */

/** How many vacancies still in play (draft or open) the company has. */
export async function countOpenVacancies(
  manager: EntityManager,
  organisationId: OrganisationId,
  companyId: string,
): Promise<number> {
  const [{ count }]: Array<{ count: number }> = await manager.query(
    `SELECT count(*)::int AS count FROM vacancies
      WHERE organisation_id = $1 AND company_id = $2 AND status IN ('DRAFT','OPEN')`,
    [organisationId, companyId],
  );
  return count;
}

/** The sites among `siteIds` that some vacancy, archived or not, points at. */
export async function sitesInUse(manager: EntityManager, siteIds: string[]): Promise<Set<string>> {
  if (siteIds.length === 0) return new Set();
  const rows: Array<{ site_id: string }> = await manager.query(
    `SELECT DISTINCT site_id FROM vacancies WHERE site_id = ANY($1::uuid[])`,
    [siteIds],
  );
  return new Set(rows.map((row) => row.site_id));
}

/**
 * Copies a moved site's place onto its vacancies and tells search and matching about each. Archived
 * vacancies keep the place they had: they are history.
 */
export async function followMovedSite(
  manager: EntityManager,
  changes: RecordChanges,
  organisationId: OrganisationId,
  site: { id: string; municipalityCode: string; lat: number; lng: number },
): Promise<void> {
  const [rows]: [Array<{ id: string }>, number] = await manager.query(
    `UPDATE vacancies
        SET municipality_code = $2, site_lat = $3, site_lng = $4,
            updated_at = now(), version = version + 1
      WHERE site_id = $1 AND organisation_id = $5 AND archived_at IS NULL
      RETURNING id`,
    [site.id, site.municipalityCode, site.lat, site.lng, organisationId],
  );
  for (const { id } of rows) {
    await changes.recorded(manager, { type: 'vacancy', id, organisationId, kind: 'upsert' });
  }
}
