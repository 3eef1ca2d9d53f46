import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { todayInRome } from '../compute/matching-context.js';
import { MatchingQueue } from '../jobs/matching-jobs.writer.js';
import type { MatchSubjectType } from '../store/stored-matches.writer.js';

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
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queue: MatchingQueue,
  ) {}

  async execute(mode: 'nightly' | 'pendingOnly'): Promise<SweepResult> {
    let removed = 0;
    if (mode === 'nightly') {
      const [, count]: [unknown, number] = await this.dataSource.query(
        `DELETE FROM matches m
          USING vacancies v, candidates c
          WHERE v.id = m.vacancy_id AND c.id = m.candidate_id
            AND (v.status <> 'OPEN' OR v.archived_at IS NOT NULL OR v.expires_at < $1::date
                 OR c.archived_at IS NOT NULL OR c.erased_at IS NOT NULL OR c.pathway_status = 'CLOSED')`,
        [todayInRome()],
      );
      removed = count;
    }
    const due: Array<{ subject_type: MatchSubjectType; subject_id: string }> =
      await this.dataSource.query(
        mode === 'pendingOnly'
          ? `SELECT subject_type, subject_id FROM match_subjects
              WHERE requested_at < now() - interval '15 seconds' ORDER BY requested_at LIMIT $1`
          : `SELECT subject_type, subject_id FROM match_subjects
              WHERE requested_at IS NOT NULL OR computed_at < now() - make_interval(days => $2)
             UNION ALL
             SELECT 'candidate', c.id FROM candidates c
              WHERE c.archived_at IS NULL AND c.erased_at IS NULL AND c.pathway_status <> 'CLOSED'
                AND NOT EXISTS (SELECT 1 FROM match_subjects s
                                 WHERE s.subject_type = 'candidate' AND s.subject_id = c.id)
             UNION ALL
             SELECT 'vacancy', v.id FROM vacancies v
              WHERE v.status = 'OPEN' AND v.archived_at IS NULL
                AND NOT EXISTS (SELECT 1 FROM match_subjects s
                                 WHERE s.subject_type = 'vacancy' AND s.subject_id = v.id)
             LIMIT $1`,
        mode === 'pendingOnly'
          ? [MAX_RECOMPUTES_PER_SWEEP]
          : [MAX_RECOMPUTES_PER_SWEEP, MATCHES_TTL_DAYS],
      );
    await this.queue.requestMany(
      due.map((row) => ({ subjectType: row.subject_type, id: row.subject_id })),
    );
    return { removed, enqueued: due.length };
  }
}
