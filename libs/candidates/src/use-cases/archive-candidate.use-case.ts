import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor, RecordChanges } from '#libs/platform';
import { DataSource } from 'typeorm';
import { canEditCandidate } from '../candidate-access.policy.js';
import { type CandidateSummary, toCandidateSummary } from '../candidate.view.js';
import { CandidatesError } from '../candidates.error.js';
import { CandidatesRepository } from '../candidates.repository.js';

/** Archives a case: it leaves lists, search and matching, and its data stays for the records. */
@Injectable()
export class ArchiveCandidateUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: CandidatesRepository,
    private readonly changes: RecordChanges,
  ) {}

  async execute(actor: Actor, id: string): Promise<CandidateSummary> {
    return this.dataSource.transaction(async (manager) => {
      const candidate = await this.repository.getForUpdate(manager, actor.organisationId, id);
      if (!canEditCandidate(actor, candidate)) throw CandidatesError.notOnCase();
      candidate.archivedAt ??= new Date();
      const saved = await this.repository.save(manager, candidate);
      await this.changes.recorded(manager, {
        type: 'candidate',
        id,
        organisationId: actor.organisationId,
        kind: 'delete',
      });
      return toCandidateSummary(saved);
    });
  }
}
