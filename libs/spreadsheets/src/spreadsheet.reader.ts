import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import type { SpreadsheetFormat, SpreadsheetRow } from './spreadsheet.types.js';

/**
 * Reads a file row by row without holding it whole: the first row is the header (row 1), the
 * others follow with their spreadsheet row numbers. CSV may be separated by semicolons (an Italian
 * Excel) or commas; XLSX is read from its first sheet. Every cell comes back as trimmed text:
 * calendar dates as YYYY-MM-DD, numbers as written.
 */
export function readSpreadsheet(
  format: SpreadsheetFormat,
  input: Readable,
): AsyncIterable<SpreadsheetRow> {
  return format === 'csv' ? readCsv(input) : readXlsx(input);
}

async function* readCsv(input: Readable): AsyncIterable<SpreadsheetRow> {
  const chunks = input[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const first = await chunks.next();
  if (first.done) return;
  const rest = Readable.from(
    (async function* () {
      yield first.value;
      for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
    })(),
  );
  const parser = rest.pipe(
    parse({
      bom: true,
      delimiter: csvDelimiter(String(first.value)),
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
    }),
  );
  for await (const record of parser as AsyncIterable<{
    record: string[];
    info: { lines: number };
  }>) {
    yield { rowNumber: record.info.lines, cells: record.record };
  }
}

/** The separator of the header line: the one it holds most of, semicolon on a tie. */
function csvDelimiter(head: string): string {
  const line = head.split(/\r?\n/, 1)[0] ?? '';
  const counts = [';', ',', '\t'].map((separator) => ({
    separator,
    count: line.split(separator).length,
  }));
  counts.sort((a, b) => b.count - a.count);
  return counts[0]?.separator ?? ';';
}

async function* readXlsx(input: Readable): AsyncIterable<SpreadsheetRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    entries: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
  });
  let sheets = 0;
  for await (const worksheet of reader) {
    sheets += 1;
    for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
      if (sheets > 1) continue;
      const values = Array.isArray(row.values) ? row.values.slice(1) : [];
      const cells = Array.from(values, (value) => cellText(value as ExcelJS.CellValue));
      if (cells.every((cell) => cell === '')) continue;
      yield { rowNumber: row.number, cells };
    }
  }
}

function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value)
      return value.richText
        .map((part) => part.text)
        .join('')
        .trim();
    if ('text' in value) return String(value.text).trim();
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value).trim();
}
