import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { evaluatePair } from '../domain/match-explanation.rules.js';
import { MatchingTaxonomy } from '../compute/matching-context.loader.js';
import { MatchProfilesReader } from '../store/match-profiles.reader.js';
import { MatchSubjectsReader } from '../store/match-subjects.reader.js';
import { packedExplanationJson } from '../store/stored-explanation.codec.js';
import { lowerListCuts } from '../store/stored-list-cuts.js';
import {
  peopleHoldingVacancy,
  type RescoredPair,
  rescorePairs,
} from '../store/rescored-pairs.writer.js';

export interface RerankResult {
  /** Stored pairs of the vacancy rescored. */
  rescored: number;
}

/**
 * After the proposals of a vacancy changed, rescores every stored pair holding it (in people's lists
 * and in the vacancy's own, in every organisation that sees it) with the vacancy's fair share as it is now, so the lists tutors read
 * agree with the live "why" of each pair. Only the pairs already stored are touched: which pairs a
 * list holds is the recomputation's business (recompute-matches.use-case.ts); a pair no longer
 * possible is left for it (a change that makes a pair impossible requests one of its own).
 */
@Injectable()
export class RerankFairShareUseCase {
  private readonly subjects: MatchSubjectsReader;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly matching: MatchingTaxonomy,
  ) {
    this.subjects = new MatchSubjectsReader(dataSource);
  }

  async execute(vacancyId: string): Promise<RerankResult> {
    const organisationId = await this.subjects.organisationOf('vacancy', vacancyId);
    if (!organisationId) return { rescored: 0 };
    const reader = new MatchProfilesReader(this.dataSource);
    const [vacancy, held] = await Promise.all([
      reader.vacancy(organisationId, vacancyId),
      peopleHoldingVacancy(this.dataSource, vacancyId),
    ]);
    if (!vacancy || held.length === 0) return { rescored: 0 };
    const context = this.matching.context();
    // People of every organisation that sees the vacancy (the publisher's and its networks').
    const pairs = (await reader.candidatesSeeing(vacancyId, held)).flatMap(
      (candidate): RescoredPair[] => {
        const pair = evaluatePair(candidate, vacancy, context);
        if (!pair.possible) return [];
        const { summary, constraints, factors } = pair;
        return [
          {
            candidateId: candidate.id,
            score: pair.score,
            explanation: packedExplanationJson({ summary, constraints, factors }),
          },
        ];
      },
    );
    // A lowered score may leave room in a person's list: its kept cut goes down with it.
    const rescored = await this.dataSource.transaction(async (manager) => {
      const count = await rescorePairs(manager, vacancyId, pairs);
      await lowerListCuts(manager, vacancyId);
      return count;
    });
    return { rescored };
  }
}
