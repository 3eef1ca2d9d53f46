import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { type Actor, enqueueJob, QUEUES } from '#libs/platform';
import type { Queue } from 'bullmq';
import { checkMapping } from '../domain/column-mapping.rules.js';
import { IMPORT_FIELDS } from '../domain/import-kinds.js';
import type { ColumnMapping, ImportMode } from '../domain/import.types.js';
import { mayImport } from '../import-access.policy.js';
import { type ImportView, toImportView } from '../import.view.js';
import { ImportsError } from '../imports.error.js';
import { importJobs } from '../imports.jobs.js';
import { ImportsRepository } from '../imports.repository.js';

/**
 * Queues a dry run (every row checked, nothing written) or the import of an uploaded file, with the
 * column mapping the person confirmed. A mapping with problems is refused at once, and nothing is queued.
 */
@Injectable()
export class StartImportUseCase {
  constructor(
    private readonly imports: ImportsRepository,
    @InjectQueue(QUEUES.imports) private readonly queue: Queue,
  ) {}

  async execute(
    actor: Actor,
    importId: string,
    mode: ImportMode,
    mapping: ColumnMapping,
  ): Promise<ImportView> {
    const record = await this.imports.find(actor.organisationId, importId);
    if (!record || !mayImport(actor.role, record.kind)) throw ImportsError.notFound();
    const problems = checkMapping(mapping, record.headers, IMPORT_FIELDS[record.kind]);
    if (problems.length > 0) {
      throw ImportsError.invalidMapping(
        problems.map((problem) => ({
          field: `mapping.${problem.field}`,
          message: problem.message,
        })),
      );
    }
    if (!(await this.imports.queue(importId, mode, mapping))) throw ImportsError.busy();
    try {
      await enqueueJob(this.queue, importJobs.run, { importId });
    } catch (error) {
      await this.imports.fail(
        importId,
        "Non è stato possibile mettere in coda l'importazione: riprova.",
      );
      throw error;
    }
    const queued = await this.imports.find(actor.organisationId, importId);
    return toImportView(queued ?? record);
  }
}
