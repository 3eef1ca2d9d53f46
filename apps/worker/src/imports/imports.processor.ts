import { Processor, WorkerHost } from '@nestjs/bullmq';
import { importJobs, RunImportUseCase } from '#libs/imports';
import { JobHandlers, type JobProcessor, QUEUES } from '#libs/platform';
import type { Job } from 'bullmq';

/** Checks or imports uploaded spreadsheets, one file at a time, reporting progress on the job. */
@Processor(QUEUES.imports, { concurrency: 1 })
export class ImportsProcessor extends WorkerHost implements JobProcessor {
  constructor(private readonly runImport: RunImportUseCase) {
    super();
  }

  readonly handlers = JobHandlers.of(QUEUES.imports, importJobs, {
    run: ({ importId }, job) =>
      this.runImport.execute(importId, async (progress) => {
        await job.updateProgress({ rows: progress.rowsRead, percent: progress.percent });
      }),
  });

  process(job: Job): Promise<unknown> {
    return this.handlers.dispatch(job);
  }
}
