import { Readable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import { DomainError } from '#libs/kernel';
import type { Actor, OrganisationId, Role } from '#libs/platform';
import { readSpreadsheet, type SpreadsheetRow } from '#libs/spreadsheets';
import type { FieldIssue } from '../domain/import-field.types.js';
import { IMPORT_FIELDS } from '../domain/import-kinds.js';
import { progressPercent } from '../domain/import-progress.rules.js';
import type { ImportKind, RowProblem } from '../domain/import.types.js';
import {
  mappedPositions,
  rowValues,
  toRowProblems,
  UNIQUE_FIELDS,
} from '../domain/row-problems.rules.js';
import { CompanyImporter } from '../importers/company.importer.js';
import type { KindImporter, RowImporter } from '../importers/kind-importer.types.js';
import { PersonImporter } from '../importers/person.importer.js';
import { VacancyImporter } from '../importers/vacancy.importer.js';
import {
  type ImportCounters,
  type ImportRecord,
  ImportsRepository,
} from '../imports.repository.js';

/** Rows checked together: one look-up of already imported ids, one insert of problems, one progress. */
const BATCH_ROWS = 500;
/**
 * Rows written at once, each in its own transaction: a commit waits for the disk, and several
 * waiting together share it (the pool of the worker has room for them besides the jobs).
 */
const WRITERS = 4;

async function inParallel<T>(
  items: readonly T[],
  workers: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next];
      next += 1;
      if (item !== undefined) await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(workers, items.length) }, worker));
}

export type ImportProgress = ImportCounters & { percent: number };

/**
 * Runs a queued check (dry run: writes nothing but the report) or import of an uploaded file. The
 * file streams from its chunks, row after row; every row is checked (cells, the gazetteer, the
 * companies, duplicates in the file); in an import the valid rows not yet imported are written
 * through the owner's use case, each in its own transaction, and remembered by their source id so
 * that the same file imported again creates nothing.
 */
@Injectable()
export class RunImportUseCase {
  private readonly logger = new Logger(RunImportUseCase.name);
  private readonly importers: Record<ImportKind, KindImporter>;

  constructor(
    private readonly imports: ImportsRepository,
    vacancies: VacancyImporter,
    companies: CompanyImporter,
    people: PersonImporter,
  ) {
    this.importers = { vacancies, companies, people };
  }

  async execute(
    importId: string,
    onProgress: (progress: ImportProgress) => Promise<void> = async () => undefined,
  ): Promise<ImportCounters | null> {
    const record = await this.imports.findById(importId);
    if (!record || !record.mapping || !['QUEUED', 'RUNNING'].includes(record.status)) return null;
    await this.imports.start(importId);
    const counters: ImportCounters = {
      bytesRead: 0,
      rowsRead: 0,
      rowsValid: 0,
      rowsCreated: 0,
      rowsUnchanged: 0,
      rowsRejected: 0,
    };
    try {
      const importer = await this.importers[record.kind].prepare(
        record.organisationId as OrganisationId,
      );
      const run = new ImportRun(this.imports, record, importer, counters);
      const report = async () => {
        await this.imports.progress(importId, counters);
        const percent = progressPercent(
          { rows: counters.rowsRead, bytes: counters.bytesRead },
          record,
          false,
        );
        await onProgress({ ...counters, percent });
      };
      let batch: SpreadsheetRow[] = [];
      for await (const row of readSpreadsheet(record.format, this.fileStream(record, counters))) {
        if (run.isHeader()) continue;
        batch.push(row);
        if (batch.length >= BATCH_ROWS) {
          await run.batch(batch);
          batch = [];
          await report();
        }
      }
      await run.batch(batch);
      counters.bytesRead = record.sizeBytes;
      await this.imports.finish(importId, record.mode === 'IMPORT' ? 'DONE' : 'CHECKED', counters);
      await onProgress({ ...counters, percent: 100 });
      if (record.mode === 'IMPORT') await this.imports.deleteFile(importId);
      return counters;
    } catch (error) {
      this.logger.warn({ importId, error: (error as Error).message }, 'importazione non riuscita');
      await this.imports.fail(
        importId,
        error instanceof DomainError
          ? error.detail
          : 'Il file non si è potuto leggere fino in fondo: controlla che sia un CSV o un XLSX valido e riprova.',
      );
      return null;
    }
  }

  private fileStream(record: ImportRecord, counters: ImportCounters): Readable {
    const chunks = this.imports.file(record.id);
    return Readable.from(
      (async function* () {
        for await (const chunk of chunks) {
          counters.bytesRead += chunk.length;
          yield chunk;
        }
      })(),
    );
  }
}

/** The state of one run: the first row of each unique value, the actor, the counters. */
class ImportRun {
  private readonly fields;
  private readonly positions;
  private readonly firstRowOf = new Map<string, number>();
  private readonly actor: Actor;

  constructor(
    private readonly imports: ImportsRepository,
    private readonly record: ImportRecord,
    private readonly importer: RowImporter,
    private readonly counters: ImportCounters,
  ) {
    this.fields = IMPORT_FIELDS[record.kind];
    this.positions = mappedPositions(record.mapping ?? {}, record.headers);
    this.actor = {
      userId: record.createdBy,
      organisationId: record.organisationId as OrganisationId,
      role: record.createdByRole as Role,
    };
  }

  private headerSeen = false;

  /** The header is the first row read, whatever its number (a sheet may start lower down). */
  isHeader(): boolean {
    if (this.headerSeen) return false;
    this.headerSeen = true;
    return true;
  }

  async batch(rows: readonly SpreadsheetRow[]): Promise<void> {
    if (rows.length === 0) return;
    const mapping = this.record.mapping ?? {};
    const checked = rows.map((row) => {
      const values = rowValues(row.cells, this.positions);
      const result = this.importer.check(values);
      const issues: FieldIssue[] = [...result.issues, ...this.duplicates(row.rowNumber, values)];
      return { row: row.rowNumber, sourceId: values.sourceId ?? '', input: result.input, issues };
    });
    const imported = await this.imports.importedRecords(
      this.record.organisationId,
      this.record.kind,
      checked.filter((row) => row.issues.length === 0).map((row) => row.sourceId),
    );
    const toWrite: typeof checked = [];
    for (const row of checked) {
      this.counters.rowsRead += 1;
      if (row.issues.length === 0 && row.input && imported.has(row.sourceId)) {
        this.counters.rowsUnchanged += 1;
        row.input = null;
        continue;
      }
      if (row.issues.length === 0 && row.input) {
        row.issues.push(...(await this.importer.ownerProblems(row.input)));
      }
      if (row.issues.length === 0 && row.input && this.record.mode === 'IMPORT') toWrite.push(row);
    }
    await inParallel(toWrite, WRITERS, async (row) => {
      if (row.input) row.issues.push(...(await this.write(row.sourceId, row.input)));
    });
    const problems: RowProblem[] = [];
    for (const row of checked) {
      if (row.issues.length > 0) {
        this.counters.rowsRejected += 1;
        problems.push(...toRowProblems(row.row, row.issues, mapping, this.fields));
      } else if (row.input) {
        this.counters.rowsValid += 1;
      }
    }
    await this.imports.addProblems(this.record.id, problems);
  }

  private duplicates(row: number, values: Record<string, string>): FieldIssue[] {
    const issues: FieldIssue[] = [];
    for (const field of UNIQUE_FIELDS[this.record.kind]) {
      const value = values[field]?.toUpperCase();
      if (!value) continue;
      const key = `${field}:${value}`;
      const first = this.firstRowOf.get(key);
      if (first === undefined) this.firstRowOf.set(key, row);
      else issues.push({ field, message: `valore ripetuto: è già alla riga ${first}` });
    }
    return issues;
  }

  private async write(sourceId: string, input: object): Promise<FieldIssue[]> {
    try {
      const recordId = await this.importer.write(this.actor, input);
      await this.imports.recordImported(
        this.record.organisationId,
        this.record.kind,
        sourceId,
        recordId,
        this.record.id,
      );
      this.counters.rowsCreated += 1;
      return [];
    } catch (error) {
      if (!(error instanceof DomainError) || error.status >= 500) throw error;
      return error.errors?.length
        ? error.errors.map((problem) => ({ field: problem.field, message: problem.message }))
        : [{ field: 'riga', message: error.detail }];
    }
  }
}
