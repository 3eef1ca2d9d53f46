import { progressPercent } from './import-progress.rules.js';
import { parseDate, parseDecimal, parseYesNo } from './cell.parsers.js';
import { checkMapping, suggestMapping } from './column-mapping.rules.js';
import { checkCompanyRow, COMPANY_IMPORT_FIELDS } from './company-import.rules.js';
import { Gazetteer } from './municipality-place.rules.js';
import { toRowProblems } from './row-problems.rules.js';

const gazetteer = new Gazetteer([
  { istatCode: '015146', name: 'Milano', provinceCode: 'MI' },
  { istatCode: '097039', name: 'Calco', provinceCode: 'LC' },
  { istatCode: '012025', name: 'Castelveccana', provinceCode: 'VA' },
  { istatCode: '015999', name: 'Samarate', provinceCode: 'VA' },
  { istatCode: '016999', name: 'Samarate', provinceCode: 'BG' },
]);

describe('cells', () => {
  it.each([
    ['31/12/2027', '2027-12-31'],
    ['1.2.2026', '2026-02-01'],
    ['2026-02-01', '2026-02-01'],
  ])('reads the date %s', (text, iso) => expect(parseDate(text)).toEqual({ value: iso }));

  it('tells a wrong format from a date that does not exist', () => {
    expect(parseDate('12/31')).toEqual({ problem: 'data non valida: scrivila come GG/MM/AAAA' });
    expect(parseDate('31/02/2026')).toEqual({
      problem: 'data inesistente: controlla giorno e mese (GG/MM/AAAA)',
    });
  });

  it('reads decimal commas and Italian yes/no', () => {
    expect(parseDecimal('12,5', 1, 60)).toEqual({ value: 12.5 });
    expect(parseDecimal('70', 1, 60)).toEqual({ problem: 'deve essere tra 1 e 60' });
    expect(parseYesNo('Sì')).toEqual({ value: true });
    expect(parseYesNo('forse')).toEqual({ problem: 'scrivi sì oppure no' });
  });
});

describe('gazetteer', () => {
  it('places a municipality by code, by name without accents or case, by name and province', () => {
    expect(gazetteer.place('015146')).toMatchObject({ value: { name: 'Milano' } });
    expect(gazetteer.place('  MILANO ')).toMatchObject({ value: { istatCode: '015146' } });
    expect(gazetteer.place('Samarate', 'bg')).toMatchObject({ value: { istatCode: '016999' } });
    expect(gazetteer.place('Samarate')).toEqual({
      problem: 'più comuni hanno questo nome: indica la provincia (sigla)',
    });
    expect(gazetteer.place('Milano', 'BG')).toEqual({
      problem: 'il comune non è in questa provincia',
    });
    expect(gazetteer.place('999999')).toEqual({ problem: 'codice ISTAT del comune sconosciuto' });
  });
});

describe('column mapping', () => {
  const headers = ['Codice', 'Denominazione', 'P. IVA', 'Via', 'Comune sede'];

  it('suggests the columns whose header names a field', () => {
    expect(suggestMapping(headers, COMPANY_IMPORT_FIELDS)).toEqual({
      sourceId: 'Codice',
      name: 'Denominazione',
      vatNumber: 'P. IVA',
      address: 'Via',
      municipality: 'Comune sede',
    });
  });

  it('lists every problem of a confirmed mapping', () => {
    expect(
      checkMapping(
        { sourceId: 'Codice', name: 'Codice', colour: 'Via', address: 'Indirizzo' },
        headers,
        COMPANY_IMPORT_FIELDS,
      ),
    ).toEqual([
      { field: 'name', message: 'la colonna "Codice" è già usata per sourceId' },
      { field: 'colour', message: 'campo sconosciuto per questo tipo di importazione' },
      { field: 'address', message: 'la colonna "Indirizzo" non è nel file' },
      { field: 'vatNumber', message: 'indica la colonna di "Partita IVA" (obbligatorio)' },
      { field: 'municipality', message: 'indica la colonna di "Comune" (obbligatorio)' },
    ]);
  });
});

describe('a company row', () => {
  const mapping = { name: 'Denominazione', vatNumber: 'P. IVA', municipality: 'Comune sede' };

  it('reports each wrong cell under its column', () => {
    const checked = checkCompanyRow(
      {
        sourceId: 'A1',
        name: '',
        vatNumber: '01234567890',
        address: 'Via Roma 1',
        municipality: 'Atlantide',
      },
      gazetteer,
    );
    expect(checked.input).toBeNull();
    expect(toRowProblems(7, checked.issues, mapping, COMPANY_IMPORT_FIELDS)).toEqual([
      { row: 7, column: 'Denominazione', message: 'campo obbligatorio vuoto' },
      {
        row: 7,
        column: 'P. IVA',
        message: 'partita IVA non valida (11 cifre con la cifra di controllo)',
      },
      {
        row: 7,
        column: 'Comune sede',
        message: 'comune sconosciuto: controlla il nome o usa il codice ISTAT',
      },
    ]);
  });

  it('builds the owner input of a good row, the address on the gazetteer', () => {
    expect(
      checkCompanyRow(
        {
          sourceId: 'A2',
          name: 'Forno',
          vatNumber: 'IT 00000010157',
          address: 'Via Roma 1',
          municipality: 'milano',
        },
        gazetteer,
      ),
    ).toEqual({
      input: {
        name: 'Forno',
        vatNumber: '00000010157',
        sites: [{ address: 'Via Roma 1', municipalityCode: '015146', legalSeat: true }],
      },
      issues: [],
    });
  });
});

describe('progress', () => {
  it('counts rows once a dry run has read the whole file, bytes before, and 100 only when done', () => {
    const file = { sizeBytes: 1000, rowsTotal: null };
    expect(progressPercent({ rows: 10, bytes: 1000 }, file, false)).toBe(99);
    expect(progressPercent({ rows: 10, bytes: 250 }, file, false)).toBe(25);
    expect(progressPercent({ rows: 30, bytes: 1000 }, { ...file, rowsTotal: 120 }, false)).toBe(25);
    expect(progressPercent({ rows: 120, bytes: 1000 }, { ...file, rowsTotal: 120 }, true)).toBe(
      100,
    );
  });
});
