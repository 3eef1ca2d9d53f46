import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OrganisationId } from '#libs/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { openVacancySql } from './open-vacancy.sql.js';
import {
  organisationsSeeingVacancySql,
  vacancyVisibleToOrganisationSql,
} from './vacancy-visibility.sql.js';
import { todayInRome } from '#libs/kernel';

/** What other libs (the pathway) need to know of a vacancy to record an outcome. */
export interface VacancyFacts {
  companyId: string;
  kmZero: boolean;
}

/** How a list names a vacancy, and whether it is reserved under Law 68. */
export interface VacancyListingFacts {
  title: string;
  companyId: string;
  /** The publishing organisation, which keeps the company (another one for a shared vacancy). */
  organisationId: OrganisationId;
  reservedL68: boolean;
}

/**
 * The read access to vacancies that other libs use, always as one organisation sees them: its own
 * vacancies and those shared with it in a network (vacancyVisibleToOrganisationSql), unless a method
 * says otherwise. Pass the caller's transaction manager to read inside it.
 */
@Injectable()
export class VacancyFactsReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The facts of a vacancy the organisation sees, or null. */
  async factsOf(
    organisationId: OrganisationId,
    vacancyId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<VacancyFacts | null> {
    const [row]: VacancyFacts[] = await manager.query(
      `SELECT company_id AS "companyId", km_zero AS "kmZero"
         FROM vacancies v WHERE v.id = $1 AND ${vacancyVisibleToOrganisationSql('v', '$2::uuid')}`,
      [vacancyId, organisationId],
    );
    return row ?? null;
  }

  /**
   * The facts of a vacancy the organisation sees and whether it is open on `today` (Europe/Rome,
   * openVacancySql), or null. The vacancy is locked against changes (being closed) until the
   * caller's transaction ends, so what is decided on it stays true.
   */
  async lockedForProposal(
    manager: EntityManager,
    organisationId: OrganisationId,
    vacancyId: string,
    today: string,
  ): Promise<(VacancyFacts & { open: boolean }) | null> {
    const [row]: Array<VacancyFacts & { open: boolean }> = await manager.query(
      `SELECT v.company_id AS "companyId", v.km_zero AS "kmZero", ${openVacancySql('v', '$3::date')} AS open
         FROM vacancies v WHERE v.id = $1 AND ${vacancyVisibleToOrganisationSql('v', '$2::uuid')}
          FOR SHARE OF v`,
      [vacancyId, organisationId, today],
    );
    return row ?? null;
  }

  /** The ids of every vacancy open today, in every organisation: for whole-database work. */
  async allOpenIds(today: string = todayInRome()): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT v.id FROM vacancies v WHERE ${openVacancySql('v', '$1::date')}`,
      [today],
    );
    return rows.map((row) => row.id);
  }

  /** Whether the organisation published this vacancy (archived or not): its own only. */
  async exists(organisationId: OrganisationId, vacancyId: string): Promise<boolean> {
    const [row] = await this.dataSource.query(
      `SELECT 1 FROM vacancies WHERE id = $1 AND organisation_id = $2`,
      [vacancyId, organisationId],
    );
    return row !== undefined;
  }

  /**
   * What lists of proposals need of some vacancies the organisation sees: the title and company that
   * name them, and whether they are reserved to Law 68 workers (whose proposals only those on the
   * case may see).
   */
  async listingFactsOf(
    organisationId: OrganisationId,
    vacancyIds: readonly string[],
  ): Promise<Map<string, VacancyListingFacts>> {
    if (vacancyIds.length === 0) return new Map();
    const rows: Array<VacancyListingFacts & { id: string }> = await this.dataSource.query(
      `SELECT v.id, v.title, v.company_id AS "companyId", v.organisation_id AS "organisationId",
              v.reserved_l68 IS NOT NULL AS "reservedL68"
         FROM vacancies v
        WHERE v.id = ANY($1::uuid[]) AND ${vacancyVisibleToOrganisationSql('v', '$2::uuid')}`,
      [[...new Set(vacancyIds)], organisationId],
    );
    return new Map(rows.map(({ id, ...row }) => [id, row]));
  }

  /**
   * The organisations that see each of the vacancies (their own and their networks' members, see
   * vacancyVisibleToOrganisationSql); a vacancy that does not exist is absent. Vacancies seen by the
   * same organisations share one array: the query groups them, so that a page of a region's
   * vacancies shared in one network reads one list of organisations, not one per vacancy.
   */
  async organisationsSeeing(vacancyIds: readonly string[]): Promise<Map<string, string[]>> {
    if (vacancyIds.length === 0) return new Map();
    const rows: Array<{ ids: string[]; organisations: string[] }> = await this.dataSource.query(
      `SELECT array_agg(seen.id) AS ids, seen.organisations
         FROM (SELECT v.id, array(SELECT o.organisation_id
                                    FROM (${organisationsSeeingVacancySql('v')}) o
                                   ORDER BY 1) AS organisations
                 FROM vacancies v WHERE v.id = ANY($1::uuid[])) seen
        GROUP BY seen.organisations`,
      [[...new Set(vacancyIds)]],
    );
    return new Map(rows.flatMap((row) => row.ids.map((id) => [id, row.organisations] as const)));
  }

  /** Whether the organisation sees the vacancy (its own, or shared with it in a network). */
  async visibleTo(
    organisationId: OrganisationId,
    vacancyId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    const [row] = await manager.query(
      `SELECT 1 FROM vacancies v WHERE v.id = $1 AND ${vacancyVisibleToOrganisationSql('v', '$2::uuid')}`,
      [vacancyId, organisationId],
    );
    return row !== undefined;
  }
}
