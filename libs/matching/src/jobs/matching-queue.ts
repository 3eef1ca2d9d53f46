import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { QUEUES } from '#libs/platform';
import type { Queue } from 'bullmq';
import type { MatchSubjectType } from '../store/stored-matches.writer.js';
import { MATCHING_JOBS, recomputeJobOptions, type RecomputeJobData } from './matching-jobs.js';

/** Enqueues matching work. Callers enqueue only after their transaction committed. */
@Injectable()
export class MatchingQueue {
  constructor(@InjectQueue(QUEUES.matching) private readonly queue: Queue) {}

  async requestRecompute(subjectType: MatchSubjectType, id: string): Promise<void> {
    const data: RecomputeJobData = { subjectType, id };
    await this.queue.add(MATCHING_JOBS.recompute, data, recomputeJobOptions(subjectType, id));
  }

  async requestMany(subjects: ReadonlyArray<RecomputeJobData>): Promise<void> {
    for (let i = 0; i < subjects.length; i += 500) {
      await this.queue.addBulk(
        subjects.slice(i, i + 500).map((data) => ({
          name: MATCHING_JOBS.recompute,
          data,
          opts: recomputeJobOptions(data.subjectType, data.id),
        })),
      );
    }
  }
}
