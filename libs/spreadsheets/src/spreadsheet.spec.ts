import { PassThrough, Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { readSpreadsheet } from './spreadsheet.reader.js';
import type { SpreadsheetColumn, SpreadsheetFormat } from './spreadsheet.types.js';
import { writeSpreadsheet } from './spreadsheet.writer.js';

interface Person {
  name: string;
  hours: number | null;
  active: boolean;
}

const columns: SpreadsheetColumn<Person>[] = [
  { header: 'Nome', value: (row) => row.name },
  { header: 'Ore', value: (row) => row.hours },
  { header: 'Attiva', value: (row) => row.active },
];

async function roundTrip(format: SpreadsheetFormat, rows: Person[]): Promise<string[][]> {
  const output = new PassThrough();
  const [, file] = await Promise.all([
    writeSpreadsheet(format, columns, rows, output),
    buffer(output),
  ]);
  const read: string[][] = [];
  for await (const row of readSpreadsheet(format, Readable.from([file]))) read.push(row.cells);
  return read;
}

describe.each(['csv', 'xlsx'] as const)('%s', (format) => {
  it('reads back what it wrote, with formulas neutralised', async () => {
    const rows = await roundTrip(format, [
      { name: 'Rossi; "Mario"', hours: 20.5, active: true },
      { name: '=HYPERLINK("http://x")', hours: null, active: false },
      { name: '@SUM(A1)', hours: -3, active: true },
    ]);
    expect(rows[0]).toEqual(['Nome', 'Ore', 'Attiva']);
    expect(rows[1]).toEqual(['Rossi; "Mario"', format === 'csv' ? '20,5' : '20.5', 'sì']);
    expect(rows[2]?.[0]).toBe(`'=HYPERLINK("http://x")`);
    expect(rows[2]?.[2]).toBe('no');
    expect(rows[3]?.[0]).toBe(`'@SUM(A1)`);
  });
});

it('reads comma-separated CSV with its line numbers', async () => {
  const file = '\uFEFFa,b\n1,2\n\n3,4\n';
  const rows = [];
  for await (const row of readSpreadsheet('csv', Readable.from([file]))) rows.push(row);
  expect(rows).toEqual([
    { rowNumber: 1, cells: ['a', 'b'] },
    { rowNumber: 2, cells: ['1', '2'] },
    { rowNumber: 4, cells: ['3', '4'] },
  ]);
});
