import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { exportCell } from './cell.rules.js';
import type { SpreadsheetColumn, SpreadsheetFormat } from './spreadsheet.types.js';

/**
 * Streams rows to a file, one row at a time: CSV as an Italian Excel opens it (semicolons, CRLF,
 * UTF-8 with a byte-order mark, decimal comma) or XLSX with a bold header row. Every text cell is
 * neutralised against formula injection.
 */
export async function writeSpreadsheet<Row>(
  format: SpreadsheetFormat,
  columns: readonly SpreadsheetColumn<Row>[],
  rows: AsyncIterable<Row> | Iterable<Row>,
  output: Writable,
): Promise<number> {
  return format === 'csv' ? writeCsv(columns, rows, output) : writeXlsx(columns, rows, output);
}

async function writeCsv<Row>(
  columns: readonly SpreadsheetColumn<Row>[],
  rows: AsyncIterable<Row> | Iterable<Row>,
  output: Writable,
): Promise<number> {
  let count = 0;
  const records = Readable.from(
    (async function* () {
      yield columns.map((column) => column.header);
      for await (const row of rows) {
        count += 1;
        yield columns.map((column) => csvText(exportCell(column.value(row))));
      }
    })(),
  );
  await pipeline(
    records,
    stringify({ delimiter: ';', bom: true, record_delimiter: 'windows' }),
    output,
  );
  return count;
}

function csvText(cell: string | number | null): string {
  if (cell === null) return '';
  return typeof cell === 'number' ? String(cell).replace('.', ',') : cell;
}

async function writeXlsx<Row>(
  columns: readonly SpreadsheetColumn<Row>[],
  rows: AsyncIterable<Row> | Iterable<Row>,
  output: Writable,
): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useSharedStrings: false,
    useStyles: true,
  });
  const sheet = workbook.addWorksheet('Elenco');
  const header = sheet.addRow(columns.map((column) => column.header));
  header.font = { bold: true };
  header.commit();
  let count = 0;
  for await (const row of rows) {
    count += 1;
    sheet.addRow(columns.map((column) => exportCell(column.value(row)))).commit();
  }
  sheet.commit();
  await workbook.commit();
  return count;
}
