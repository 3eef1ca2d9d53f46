import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CefrLevel, TargetGroup } from '#libs/kernel';
import { CEFR_LEVELS } from '#libs/kernel';
import { fetchPage, type OrganisationId, type Page, parseSort } from '#libs/platform';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { PathwayStatus } from './candidate.types.js';
import { CandidatesError } from './candidates.error.js';
import {
  ANONYMISE_CANDIDATE_SQL,
  DELETE_SENSITIVE_SQL,
  DUE_FOR_RETENTION_SQL,
} from './candidates.sql.js';
import { CandidateEntity } from './entities/candidate.entity.js';
import { CandidateSensitiveEntity } from './entities/candidate-sensitive.entity.js';
import { type CandidateSensitive, CandidateSensitiveSealer } from './candidate-sensitive.sealer.js';

const SORT_COLUMNS = {
  lastName: 'c.last_name',
  createdAt: 'c.created_at',
  updatedAt: 'c.updated_at',
  birthDate: 'c.birth_date',
};

/** Which candidates of an organisation a list shows. */
export interface CandidateListCriteria {
  q?: string;
  pathwayStatus?: PathwayStatus;
  minItalianLevel?: CefrLevel;
  municipalityCode?: string;
  /** Only the cases this tutor is assigned to. */
  tutorId?: string;
  targetGroup?: TargetGroup;
  archived?: boolean;
  sort?: string;
  page: number;
  pageSize: number;
}

/** Candidate queries always carry the organisation: a record of another one is simply not found. */
@Injectable()
export class CandidatesRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sealer: CandidateSensitiveSealer,
  ) {}

  async get(
    organisationId: OrganisationId,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CandidateEntity> {
    const candidate = await manager.findOneBy(CandidateEntity, { id, organisationId });
    if (!candidate) throw CandidatesError.notFound();
    return candidate;
  }

  async getForUpdate(
    manager: EntityManager,
    organisationId: OrganisationId,
    id: string,
  ): Promise<CandidateEntity> {
    const candidate = await manager.findOne(CandidateEntity, {
      where: { id, organisationId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!candidate) throw CandidatesError.notFound();
    return candidate;
  }

  save(manager: EntityManager, candidate: CandidateEntity): Promise<CandidateEntity> {
    return manager.save(CandidateEntity, candidate);
  }

  /** A new record of the organisation, not yet saved. */
  newCandidate(manager: EntityManager, organisationId: OrganisationId): CandidateEntity {
    return manager.create(CandidateEntity, { organisationId });
  }

  /** The special-category data of a candidate being written (opened), or a new empty one. */
  async sensitiveForWrite(
    manager: EntityManager,
    candidate: Pick<CandidateEntity, 'id' | 'organisationId'>,
  ): Promise<CandidateSensitive> {
    const row = await manager.findOneBy(CandidateSensitiveEntity, { candidateId: candidate.id });
    return row ? this.sealer.open(row) : this.sealer.empty(candidate);
  }

  /** Seals the data under the active key and stores it. */
  async saveSensitive(manager: EntityManager, data: CandidateSensitive): Promise<void> {
    await manager.save(CandidateSensitiveEntity, this.sealer.seal(data));
  }

  /** A page of the organisation's candidates matching the criteria, in the asked order. */
  async page<V>(
    organisationId: OrganisationId,
    criteria: CandidateListCriteria,
    toItems: (rows: CandidateEntity[]) => V[],
  ): Promise<Page<V>> {
    const query = this.dataSource
      .getRepository(CandidateEntity)
      .createQueryBuilder('c')
      .where('c.organisation_id = :org', { org: organisationId })
      .andWhere(criteria.archived ? 'c.archived_at IS NOT NULL' : 'c.archived_at IS NULL');
    if (criteria.q) {
      const words = criteria.q.trim().split(/\s+/).slice(0, 5);
      words.forEach((word, i) => {
        query.andWhere(
          `(public.unaccent(c.first_name) ILIKE public.unaccent(:w${i}) OR public.unaccent(c.last_name) ILIKE public.unaccent(:w${i}) OR c.tax_code ILIKE :w${i})`,
          { [`w${i}`]: `${word.replace(/[%_\\]/g, '\\$&')}%` },
        );
      });
    }
    if (criteria.pathwayStatus)
      query.andWhere('c.pathway_status = :status', { status: criteria.pathwayStatus });
    if (criteria.minItalianLevel) {
      query.andWhere('c.italian_level IN (:...levels)', {
        levels: CEFR_LEVELS.slice(CEFR_LEVELS.indexOf(criteria.minItalianLevel)),
      });
    }
    if (criteria.municipalityCode)
      query.andWhere('c.home_municipality_code = :municipality', {
        municipality: criteria.municipalityCode,
      });
    if (criteria.tutorId)
      query.andWhere(':tutor = ANY(c.assigned_tutor_ids)', { tutor: criteria.tutorId });
    if (criteria.targetGroup)
      query.andWhere(':group = ANY(c.target_groups)', { group: criteria.targetGroup });

    const { column, direction } = parseSort(criteria.sort, SORT_COLUMNS, 'lastName');
    query.orderBy(column, direction).addOrderBy('c.id', 'ASC');
    return fetchPage(query, criteria, toItems);
  }

  /**
   * The special-category data of a candidate, opened, if any. Read it through
   * CandidateSensitiveReader (need-to-know, audit) or for the person's own export.
   */
  async sensitiveOf(
    organisationId: OrganisationId,
    candidateId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CandidateSensitive | null> {
    const row = await manager.findOneBy(CandidateSensitiveEntity, { candidateId, organisationId });
    return row ? this.sealer.open(row) : null;
  }

  /** The special-category part of some people of the organisation, opened (absent: none on record). */
  async sensitiveOfMany(
    organisationId: OrganisationId,
    candidateIds: readonly string[],
  ): Promise<CandidateSensitive[]> {
    if (candidateIds.length === 0) return [];
    const rows = await this.dataSource.manager.findBy(CandidateSensitiveEntity, {
      organisationId,
      candidateId: In([...new Set(candidateIds)]),
    });
    return rows.map((row) => this.sealer.open(row));
  }

  /** Cases closed longer ago than the retention period and not yet erased, oldest first. */
  dueForRetention(
    retentionDays: number,
    limit: number,
  ): Promise<Array<{ id: string; organisationId: OrganisationId }>> {
    return this.dataSource.query(DUE_FOR_RETENTION_SQL, [retentionDays, limit]);
  }

  /**
   * Erasure inside the caller's transaction: the special-category row goes, the record keeps only
   * what the caseload figures need, and its home moves to the municipality's centre.
   */
  async anonymise(
    manager: EntityManager,
    organisationId: OrganisationId,
    candidateId: string,
    homeCentre: { lat: number; lng: number },
  ): Promise<void> {
    await manager.query(DELETE_SENSITIVE_SQL, [candidateId, organisationId]);
    await manager.query(ANONYMISE_CANDIDATE_SQL, [
      candidateId,
      organisationId,
      homeCentre.lat,
      homeCentre.lng,
    ]);
  }
}
