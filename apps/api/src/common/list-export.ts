import { PassThrough } from 'node:stream';
import {
  applyDecorators,
  createParamDecorator,
  type ExecutionContext,
  Injectable,
  StreamableFile,
} from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { AuditService } from '#libs/audit';
import type { Actor, Page } from '#libs/platform';
import {
  SPREADSHEET_CONTENT_TYPES,
  type SpreadsheetColumn,
  type SpreadsheetFormat,
  writeSpreadsheet,
} from '#libs/spreadsheets';

export const LIST_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];

const FORMAT_DESCRIPTION =
  "csv o xlsx: l'elenco intero con gli stessi filtri, come file (oppure Accept: text/csv o il tipo xlsx); esportazione registrata se contiene dati personali";

/** The `format` field of a list query that can also be downloaded as a spreadsheet. */
export function ListFormatField(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ enum: LIST_FORMATS, description: FORMAT_DESCRIPTION }),
    IsOptional(),
    IsIn(LIST_FORMATS),
  );
}

/** `?format=` alone, for the lists that have no other query. */
export class ListFormatQuery {
  @ListFormatField()
  format?: ListFormat;
}

/**
 * The request's Accept header, for a list that may answer a file. A parameter decorator of its own
 * (not `@Headers`) so that the OpenAPI document does not list Accept as a required header.
 */
export const AcceptHeader = createParamDecorator(
  (_data: unknown, context: ExecutionContext): string | undefined =>
    context.switchToHttp().getRequest<{ headers: Record<string, string | undefined> }>().headers
      .accept,
);

/** The spreadsheet asked for by `?format=` or, without it, by the Accept header; null for JSON. */
export function spreadsheetFormatOf(
  format: ListFormat | undefined,
  accept: string | undefined,
): SpreadsheetFormat | null {
  if (format) return format === 'json' ? null : format;
  if (/(^|,)\s*text\/csv/i.test(accept ?? '')) return 'csv';
  if ((accept ?? '').includes(SPREADSHEET_CONTENT_TYPES.xlsx)) return 'xlsx';
  return null;
}

/** What an exportable list answers besides JSON, for the OpenAPI document. */
export const SPREADSHEET_MEDIA_TYPES = [
  'application/json',
  'text/csv',
  SPREADSHEET_CONTENT_TYPES.xlsx,
] as const;

/** Rows fetched per page while an export walks a paged list. */
export const EXPORT_PAGE_SIZE = 100;

/**
 * Every item of a paged list, a page at a time, from its first page (fetched before the download
 * starts, so that a refused or invalid request still answers with a problem).
 */
export async function* remainingPages<T>(
  first: Page<T>,
  fetch: (page: number) => Promise<Page<T>>,
): AsyncIterable<T> {
  yield* first.items;
  let seen = first.items.length;
  for (let page = first.page + 1; seen < first.total && first.items.length > 0; page += 1) {
    const next = await fetch(page);
    if (next.items.length === 0) return;
    seen += next.items.length;
    yield* next.items;
  }
}

export interface ListExport<Row> {
  /** The list's name, in the file name and the audit entry (`candidates`). */
  name: string;
  format: SpreadsheetFormat;
  columns: readonly SpreadsheetColumn<Row>[];
  rows: AsyncIterable<Row> | Iterable<Row>;
  /** Whether the rows carry people's personal data: then the export is audited. */
  personalData: boolean;
  /** The filters the list was asked with, recorded in the audit entry (a free-text search is not). */
  filters: object;
  /** The subject the audit entry is about, when the list belongs to one (a person, a vacancy). */
  subject?: { type: string; id: string };
}

/** Streams a list as a CSV or XLSX download, after recording it in the audit log if personal. */
@Injectable()
export class ListExporter {
  constructor(private readonly audit: AuditService) {}

  async send<Row>(actor: Actor, list: ListExport<Row>): Promise<StreamableFile> {
    if (list.personalData) {
      const {
        q,
        format: _format,
        page: _page,
        pageSize: _size,
        ...filters
      } = list.filters as {
        q?: string;
        format?: string;
        page?: number;
        pageSize?: number;
      };
      await this.audit.record({
        action: 'DATA_EXPORTED',
        actor,
        subjectType: list.subject?.type ?? 'organisation',
        subjectId: list.subject?.id ?? actor.organisationId,
        details: {
          export: list.name,
          format: list.format,
          filters: { ...filters, ...(q ? { q: '(ricerca testuale)' } : {}) },
          columns: list.columns.map((column) => column.header),
        },
      });
    }
    const output = new PassThrough();
    writeSpreadsheet(list.format, list.columns, list.rows, output).catch((error: Error) =>
      output.destroy(error),
    );
    return new StreamableFile(output, {
      type: SPREADSHEET_CONTENT_TYPES[list.format],
      disposition: `attachment; filename="${list.name}.${list.format}"`,
    });
  }
}
