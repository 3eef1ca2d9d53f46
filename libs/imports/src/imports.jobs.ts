import { defineJob, IsRecordId, QUEUES } from '#libs/platform';

export class RunImportPayload {
  @IsRecordId()
  importId!: string;
}

/**
 * The job of the `imports` queue: check or import one uploaded file. One run per import at a time
 * (the import's status is the guard); no automatic retry: a failed import says why and the
 * person runs it again (already imported rows are then unchanged).
 */
export const importJobs = {
  run: defineJob({
    queue: QUEUES.imports,
    name: 'run-import',
    payload: RunImportPayload,
    options: () => ({ attempts: 1 }),
  }),
};
