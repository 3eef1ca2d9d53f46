import { Injectable } from '@nestjs/common';
import type { Actor, Page } from '#libs/platform';
import type { RowProblem } from '../domain/import.types.js';
import { mayImport } from '../import-access.policy.js';
import { type ImportView, toImportView } from '../import.view.js';
import { ImportsError } from '../imports.error.js';
import { ImportsRepository } from '../imports.repository.js';

/** An import with its progress, and the problems of its last run, row by row. */
@Injectable()
export class GetImportUseCase {
  constructor(private readonly imports: ImportsRepository) {}

  async execute(actor: Actor, importId: string): Promise<ImportView> {
    const record = await this.imports.find(actor.organisationId, importId);
    if (!record || !mayImport(actor.role, record.kind)) throw ImportsError.notFound();
    return toImportView(record);
  }

  async problems(
    actor: Actor,
    importId: string,
    page: number,
    pageSize: number,
  ): Promise<Page<RowProblem>> {
    await this.execute(actor, importId);
    return this.imports.problems(importId, page, pageSize);
  }
}
