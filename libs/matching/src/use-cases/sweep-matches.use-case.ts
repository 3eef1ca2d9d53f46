import { Injectable } from '@nestjs/common';
import { todayInRome } from '#libs/kernel';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { MatchingQueue } from '../jobs/matching-jobs.writer.js';
import { MatchesRepository } from '../store/matches.repository.js';

/** Stored matches older than this are recomputed: recency, ages and permits move with the days. */
export const MATCHES_TTL_DAYS = 7;
/** At most this many recomputations are enqueued by one sweep; the rest waits for the next one. */
export const MAX_RECOMPUTES_PER_SWEEP = 50_000;

export interface SweepResult {
  removed: number;
  enqueued: number;
}

/**
 * The reconciliation of stored matches with the data. `pendingOnly`: enqueue the requests that
 * waited too long (their enqueue after the commit was lost). Nightly: also delete the matches of
 * vacancies that closed or expired and of people who left the pathway, and recompute what expired
 * or was never computed (rows loaded in bulk, by an import or the demo generator).
 */
@Injectable()
export class SweepMatchesUseCase {
  private readonly matches: MatchesRepository;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly queue: MatchingQueue,
  ) {
    this.matches = new MatchesRepository(dataSource);
  }

  async execute(mode: 'nightly' | 'pendingOnly', today = todayInRome()): Promise<SweepResult> {
    const removed = mode === 'nightly' ? await this.matches.deleteInactivePairs(today) : 0;
    const due =
      mode === 'pendingOnly'
        ? await this.matches.pendingSubjects(MAX_RECOMPUTES_PER_SWEEP)
        : await this.matches.dueSubjects(MAX_RECOMPUTES_PER_SWEEP, MATCHES_TTL_DAYS, today);
    await this.queue.requestMany(
      due.map((row) => ({ subjectType: row.subject_type, id: row.subject_id })),
    );
    return { removed, enqueued: due.length };
  }
}
