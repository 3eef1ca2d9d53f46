import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Actor } from '#libs/platform';
import { DataSource } from 'typeorm';
import { canEditCandidate } from '../candidate-access.policy.js';
import type { CandidatePatch } from '../candidate.input.js';
import { type CandidateView, toCandidateView } from '../candidate.view.js';
import { CandidateWriter } from '../candidate.writer.js';
import { CandidatesError } from '../candidates.error.js';
import { CandidatesRepository } from '../candidates.repository.js';
import { CandidateSensitiveReader } from '../candidate-sensitive.reader.js';
import { todayInRome } from '#libs/kernel';

/** Changes a candidate's record (PATCH: fields left out stay as they are). */
@Injectable()
export class UpdateCandidateUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: CandidatesRepository,
    private readonly writer: CandidateWriter,
    private readonly sensitive: CandidateSensitiveReader,
  ) {}

  async execute(actor: Actor, id: string, patch: CandidatePatch): Promise<CandidateView> {
    const saved = await this.dataSource.transaction(async (manager) => {
      const candidate = await this.repository.getForUpdate(manager, actor.organisationId, id);
      if (!canEditCandidate(actor, candidate)) throw CandidatesError.notOnCase();
      if (candidate.erasedAt) throw CandidatesError.erased();
      if (patch.version !== undefined && patch.version !== candidate.version)
        throw CandidatesError.staleVersion();
      return this.writer.apply(manager, actor, candidate, patch, todayInRome());
    });
    return toCandidateView(saved, await this.sensitive.read(actor, saved, 'modifica'));
  }
}
