import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { L68Category } from '#libs/kernel';
import type { OrganisationId } from '#libs/platform';
import { DataSource, type EntityManager } from 'typeorm';
import {
  PROPOSED_NAMES_SQL,
  ALL_ACTIVE_CANDIDATES_SQL,
  ASSIGNED_TUTORS_SQL,
  BULLETIN_CONSENT_SQL,
  CASE_FACTS_SQL,
  HOLDS_BULLETIN_CONSENT_SQL,
} from './candidates.sql.js';

/** What other libs need to know of a person's case, without reading the record itself. */
export interface CandidateCase {
  id: string;
  /** The tutors assigned to the case: with coordinators, the people on it (need-to-know). */
  assignedTutorIds: string[];
  /** Neither archived nor erased, and the pathway not closed (activeCandidateSql). */
  active: boolean;
  /** False only when the person refused to be presented to companies. */
  shareWithCompanies: boolean;
  /** Special-category: callers hand it only to those on the case. */
  l68EligibleCategory: L68Category | null;
}

/** What the bulletin needs to subscribe a person: the address and whether the consent is on record. */
export interface CandidateBulletinConsent {
  email: string | null;
  bulletin: boolean | null;
  assignedTutorIds: string[];
}

/**
 * The read access to cases that other libs use (pathway, matching, bulletin): the case facts and
 * the assigned tutors of a person, always within one organisation. Pass the caller's transaction
 * manager to read inside it.
 */
@Injectable()
export class CandidateCaseReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The case of a person of the organisation, or null when there is none (another one's is none). */
  async caseOf(
    organisationId: OrganisationId,
    candidateId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CandidateCase | null> {
    const [row]: Array<
      Omit<CandidateCase, 'id' | 'shareWithCompanies'> & {
        shareWithCompanies: boolean | null;
      }
    > = await manager.query(CASE_FACTS_SQL, [candidateId, organisationId]);
    if (!row) return null;
    return { id: candidateId, ...row, shareWithCompanies: row.shareWithCompanies !== false };
  }

  /** The ids of every active case, in every organisation: for whole-database work such as a bulk load. */
  async allActiveIds(): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(ALL_ACTIVE_CANDIDATES_SQL);
    return rows.map((row) => row.id);
  }

  /**
   * The first and last names of some people of the organisation, and nothing else: all that another
   * organisation of a network learns of a person it receives a proposal for (never a special
   * category, never contacts).
   */
  async proposedNames(
    organisationId: OrganisationId,
    candidateIds: readonly string[],
  ): Promise<Map<string, { firstName: string; lastName: string }>> {
    if (candidateIds.length === 0) return new Map();
    const rows: Array<{ id: string; firstName: string; lastName: string }> =
      await this.dataSource.query(PROPOSED_NAMES_SQL, [[...new Set(candidateIds)], organisationId]);
    return new Map(rows.map(({ id, ...name }) => [id, name]));
  }

  /** The assigned tutors of each of some people of the organisation (absent: not found). */
  async assignedTutors(
    organisationId: OrganisationId,
    candidateIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, string[]>> {
    if (candidateIds.length === 0) return new Map();
    const rows: Array<{ id: string; assignedTutorIds: string[] }> = await manager.query(
      ASSIGNED_TUTORS_SQL,
      [[...new Set(candidateIds)], organisationId],
    );
    return new Map(rows.map((row) => [row.id, row.assignedTutorIds]));
  }

  /** A person's address, bulletin consent and tutors; undefined if not found or archived. */
  async bulletinConsentOf(
    organisationId: OrganisationId,
    candidateId: string,
  ): Promise<CandidateBulletinConsent | undefined> {
    const [row]: CandidateBulletinConsent[] = await this.dataSource.query(BULLETIN_CONSENT_SQL, [
      candidateId,
      organisationId,
    ]);
    return row;
  }

  /** Whether the person's record (not archived) still holds the bulletin consent. */
  async holdsBulletinConsent(candidateId: string, manager: EntityManager): Promise<boolean> {
    const rows: unknown[] = await manager.query(HOLDS_BULLETIN_CONSENT_SQL, [candidateId]);
    return rows.length > 0;
  }
}
