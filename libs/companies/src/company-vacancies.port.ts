import type { OrganisationId } from '#libs/platform';
import type { EntityManager } from 'typeorm';

/**
 * What a company needs to know about its vacancies, answered by their owner (#libs/vacancies,
 * which depends on companies, never the reverse). A vacancy keeps a copy of its site's place
 * (municipality and coordinates, for search and matching without a join) and must not outlive its
 * company's activity: these calls keep that true inside the company's own transaction.
 */
export abstract class CompanyVacancies {
  /**
   * How many vacancies are still in play: drafts, and open vacancies by the shared rule
   * (published, not archived, not past their expiry date). An expired vacancy is in nobody's offer
   * any more, and it cannot be reopened once its company is archived.
   */
  abstract countInPlay(
    manager: EntityManager,
    organisationId: OrganisationId,
    companyId: string,
  ): Promise<number>;

  /** The sites among `siteIds` that some vacancy, archived or not, points at. */
  abstract sitesInUse(manager: EntityManager, siteIds: string[]): Promise<Set<string>>;

  /**
   * Copies a moved site's place onto its vacancies and tells search and matching about each.
   * Archived vacancies keep the place they had: they are history.
   */
  abstract followMovedSite(
    manager: EntityManager,
    organisationId: OrganisationId,
    site: { id: string; municipalityCode: string; lat: number; lng: number },
  ): Promise<void>;
}
