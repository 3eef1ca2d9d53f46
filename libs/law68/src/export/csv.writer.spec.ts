import { csvEuroCents, writeCsv, type CsvColumn } from './csv.writer.js';

interface Row {
  name: string;
  positions: number;
  cents: number;
  kmZero: boolean;
  note: string | null;
}

const columns: CsvColumn<Row>[] = [
  { header: 'Azienda', value: (row) => row.name },
  { header: 'Posizioni scoperte', value: (row) => row.positions },
  { header: 'Sanzione maturata (€)', value: (row) => row.cents, format: 'euroCents' },
  { header: 'Km zero', value: (row) => row.kmZero },
  { header: 'Nota', value: (row) => row.note },
];

describe('writeCsv', () => {
  it('writes a BOM, a header and CRLF-ended rows separated by semicolons', () => {
    const csv = writeCsv(columns, [
      { name: 'Panificio Rossi', positions: 2, cents: 1960500, kmZero: true, note: null },
    ]);
    expect(csv).toBe(
      '\uFEFFAzienda;Posizioni scoperte;Sanzione maturata (€);Km zero;Nota\r\n' +
        'Panificio Rossi;2;19605,00;sì;\r\n',
    );
  });

  it('quotes separators, quotes and line breaks, doubling the quotes', () => {
    const csv = writeCsv(columns, [
      {
        name: 'Rossi; Bianchi & C. "La Bottega"',
        positions: 0,
        cents: 5,
        kmZero: false,
        note: 'prima riga\nseconda, terza',
      },
    ]);
    expect(csv.split('\r\n')[1]).toBe(
      '"Rossi; Bianchi & C. ""La Bottega""";0;0,05;no;"prima riga\nseconda, terza"',
    );
  });

  it('defuses text a spreadsheet would run as a formula, but not negative numbers', () => {
    const csv = writeCsv(
      [
        { header: 'Testo', value: (row: { text: string; n: number }) => row.text },
        { header: 'Numero', value: (row: { text: string; n: number }) => row.n },
      ],
      [
        { text: '=HYPERLINK("http://x")', n: -1.5 },
        { text: '@SUM(A1)', n: 0 },
        { text: '+39 02 123', n: 2 },
      ],
    );
    const lines = csv.split('\r\n');
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://x"")";-1,5`);
    expect(lines[2]).toBe("'@SUM(A1);0");
    expect(lines[3]).toBe("'+39 02 123;2");
  });

  it('writes only the header for no rows', () => {
    expect(writeCsv(columns, [])).toBe(
      '\uFEFFAzienda;Posizioni scoperte;Sanzione maturata (€);Km zero;Nota\r\n',
    );
  });
});

describe('csvEuroCents', () => {
  it('writes cents with a decimal comma and no grouping', () => {
    expect(csvEuroCents(0)).toBe('0,00');
    expect(csvEuroCents(7)).toBe('0,07');
    expect(csvEuroCents(123456789)).toBe('1234567,89');
    expect(csvEuroCents(-250)).toBe('-2,50');
  });
});
