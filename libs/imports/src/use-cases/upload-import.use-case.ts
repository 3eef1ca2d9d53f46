import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import type { Actor } from '#libs/platform';
import { readSpreadsheet, type SpreadsheetFormat } from '#libs/spreadsheets';
import type { ImportKind } from '../domain/import.types.js';
import { mayImport } from '../import-access.policy.js';
import { type ImportView, toImportView } from '../import.view.js';
import { ImportsError } from '../imports.error.js';
import { ImportsRepository } from '../imports.repository.js';

/** Chunks of the stored file: big enough for few rows, small enough for a modest memory. */
const CHUNK_BYTES = 1024 * 1024;
export const MAX_IMPORT_MEGABYTES = 200;

export interface UploadImportInput {
  kind: ImportKind;
  format: SpreadsheetFormat;
  fileName: string | null;
  /** The request body, read as it arrives. */
  body: AsyncIterable<Buffer | string>;
}

/**
 * Stores an uploaded file as it arrives, chunk by chunk (never whole in memory), reads its header
 * row and answers the columns with the mapping suggested from their names, for the person to confirm.
 */
@Injectable()
export class UploadImportUseCase {
  constructor(private readonly imports: ImportsRepository) {}

  async execute(actor: Actor, input: UploadImportInput): Promise<ImportView> {
    if (!mayImport(actor.role, input.kind)) throw ImportsError.forbidden();
    const importId = await this.imports.create({
      organisationId: actor.organisationId,
      createdBy: actor.userId,
      createdByRole: actor.role,
      kind: input.kind,
      format: input.format,
      fileName: input.fileName,
    });
    try {
      const size = await this.store(importId, input.body);
      const headers = await this.headers(importId, input.format);
      if (size === 0 || headers.length === 0) throw ImportsError.unreadable();
      await this.imports.uploaded(importId, size, headers);
    } catch (error) {
      await this.imports.remove(importId);
      throw error;
    }
    const record = await this.imports.find(actor.organisationId, importId);
    if (!record) throw ImportsError.notFound();
    return toImportView(record);
  }

  private async store(importId: string, body: AsyncIterable<Buffer | string>): Promise<number> {
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let size = 0;
    let seq = 0;
    const flush = async () => {
      if (pendingBytes === 0) return;
      await this.imports.appendChunk(importId, seq, Buffer.concat(pending));
      seq += 1;
      pending = [];
      pendingBytes = 0;
    };
    for await (const part of body) {
      const chunk = typeof part === 'string' ? Buffer.from(part) : part;
      size += chunk.length;
      if (size > MAX_IMPORT_MEGABYTES * 1024 * 1024)
        throw ImportsError.tooLarge(MAX_IMPORT_MEGABYTES);
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes >= CHUNK_BYTES) await flush();
    }
    await flush();
    return size;
  }

  private async headers(importId: string, format: SpreadsheetFormat): Promise<string[]> {
    try {
      for await (const row of readSpreadsheet(format, Readable.from(this.imports.file(importId)))) {
        return row.cells.map((cell) => cell.trim());
      }
    } catch {
      throw ImportsError.unreadable();
    }
    return [];
  }
}
