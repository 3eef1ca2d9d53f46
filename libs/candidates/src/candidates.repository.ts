import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OrganisationId } from '#libs/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { CandidatesError } from './candidates.error.js';
import { CandidateEntity } from './entities/candidate.entity.js';

/** Candidate queries always carry the organisation: a record of another one is simply not found. */
@Injectable()
export class CandidatesRepository {
  constructor(@InjectDataSource() readonly dataSource: DataSource) {}

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
}
