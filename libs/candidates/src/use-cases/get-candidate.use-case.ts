import { Injectable } from '@nestjs/common';
import type { Actor } from '#libs/platform';
import { type CandidateView, toCandidateView } from '../candidate.view.js';
import { CandidatesRepository } from '../candidates.repository.js';
import { CandidateSensitiveReader } from '../candidate-sensitive.reader.js';

@Injectable()
export class GetCandidateUseCase {
  constructor(
    private readonly repository: CandidatesRepository,
    private readonly sensitive: CandidateSensitiveReader,
  ) {}

  async execute(actor: Actor, id: string): Promise<CandidateView> {
    const candidate = await this.repository.get(actor.organisationId, id);
    return toCandidateView(
      candidate,
      await this.sensitive.read(actor, candidate, 'consultazione scheda'),
    );
  }
}
