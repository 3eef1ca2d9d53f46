import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Actor } from '#libs/platform';
import { DataSource } from 'typeorm';
import { type CandidateInput } from '../candidate.input.js';
import { type CandidateView, toCandidateView } from '../candidate.view.js';
import { CandidateWriter } from '../candidate.writer.js';
import { CandidatesRepository } from '../candidates.repository.js';
import { CandidateSensitiveReader } from '../candidate-sensitive.reader.js';
import { todayInRome } from '#libs/kernel';

/** Takes a person in charge. A tutor who creates the record is assigned to the case. */
@Injectable()
export class CreateCandidateUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: CandidatesRepository,
    private readonly writer: CandidateWriter,
    private readonly sensitive: CandidateSensitiveReader,
  ) {}

  async execute(actor: Actor, input: CandidateInput): Promise<CandidateView> {
    const assigned = new Set(input.assignedTutorIds ?? []);
    if (actor.role === 'tutor') assigned.add(actor.userId);
    const saved = await this.dataSource.transaction((manager) =>
      this.writer.apply(
        manager,
        actor,
        this.repository.newCandidate(manager, actor.organisationId),
        { ...input, assignedTutorIds: [...assigned] },
        todayInRome(),
      ),
    );
    return toCandidateView(saved, await this.sensitive.read(actor, saved, 'creazione'));
  }
}
