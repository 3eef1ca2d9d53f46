import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { enqueueJob, enqueueJobs, QUEUES } from '#libs/platform';
import type { Queue } from 'bullmq';
import type { MatchSubjectType } from '../store/stored-matches.writer.js';
import { matchingJobs, type RecomputeJobData, REFRESH_PARTITIONS } from './matching.jobs.js';

/** Enqueues matching work. Callers enqueue only after their transaction committed. */
@Injectable()
export class MatchingQueue {
  constructor(@InjectQueue(QUEUES.matching) private readonly queue: Queue) {}

  async requestRecompute(subjectType: MatchSubjectType, id: string): Promise<void> {
    await enqueueJob(this.queue, matchingJobs.recompute, { subjectType, id });
  }

  /**
   * A full refresh of every person's stored list, cut into partitions that any number of worker
   * processes share (each partition is one job, run once). Returns the run's name.
   */
  async requestFullRefresh(
    run: string = new Date()
      .toISOString()
      .replace(/[^0-9]/g, '')
      .slice(0, 14),
    partitions: number = REFRESH_PARTITIONS,
  ): Promise<string> {
    const payloads = Array.from({ length: partitions }, (_, partition) => ({
      run,
      partition,
      partitions,
    }));
    await enqueueJobs(this.queue, matchingJobs.refreshPartition, payloads);
    return run;
  }

  async requestMany(subjects: ReadonlyArray<RecomputeJobData>): Promise<void> {
    await enqueueJobs(this.queue, matchingJobs.recompute, subjects);
  }

  /** Rescores the stored pairs of each vacancy whose proposals changed (fair share). */
  async requestFairShareRerank(vacancyIds: readonly string[]): Promise<void> {
    await enqueueJobs(
      this.queue,
      matchingJobs.rerankFairShare,
      [...new Set(vacancyIds)].map((vacancyId) => ({ vacancyId })),
    );
  }
}
