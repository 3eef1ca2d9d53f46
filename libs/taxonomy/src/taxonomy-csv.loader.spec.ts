import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseTaxonomyCsv, readTaxonomyCsv } from './taxonomy-csv.loader.js';

describe('taxonomy CSV', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'incrocio-taxonomy-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reads code, label, parent and synonyms separated by |', async () => {
    const file = join(dir, 'cp2021.csv');
    await writeFile(
      file,
      '\uFEFFcode,label,parent_code,synonyms\n' +
        "5.5.2.3.0,Addetti all'assistenza personale,5.5.2.3,badante|assistente familiare| \n" +
        '8.1.4.2.0,"Personale non qualificato nei servizi di pulizia, uffici",,\n',
    );
    expect(await readTaxonomyCsv(file, 'ISTAT_CP2021')).toEqual([
      {
        code: '5.5.2.3.0',
        label: "Addetti all'assistenza personale",
        parentCode: '5.5.2.3',
        synonyms: ['badante', 'assistente familiare'],
      },
      {
        code: '8.1.4.2.0',
        label: 'Personale non qualificato nei servizi di pulizia, uffici',
        parentCode: null,
        synonyms: [],
      },
    ]);
  });

  it('accepts the semicolons of Italian spreadsheets and only the two required columns', async () => {
    const file = join(dir, 'skills.csv');
    await writeFile(file, 'Code;Label\nHACCP;Attestato HACCP\n');
    expect(await readTaxonomyCsv(file, 'INCROCIO')).toEqual([
      { code: 'HACCP', label: 'Attestato HACCP', parentCode: null, synonyms: [] },
    ]);
  });

  it('keeps only the unit groups of a whole CP2021 classification with a level column', () => {
    const text =
      'code,label,parent_code,level,description\n' +
      '8,PROFESSIONI NON QUALIFICATE,,1,Il grande gruppo\n' +
      '8.1.4.3,Personale non qualificato addetto ai servizi di pulizia,8.1.4,4,La categoria\n' +
      "8.1.4.3.0,Personale non qualificato addetto ai servizi di pulizia,8.1.4.3,5,L'unità\n";
    expect(parseTaxonomyCsv(text, 'ISTAT_CP2021')).toEqual([
      {
        code: '8.1.4.3.0',
        label: 'Personale non qualificato addetto ai servizi di pulizia',
        parentCode: '8.1.4.3',
        synonyms: [],
      },
    ]);
  });

  it('stops at the first bad line, naming it', () => {
    expect(() =>
      parseTaxonomyCsv('code,label\n5.5.2.3.0,A\n5.5.2.3.0,B\n', 'ISTAT_CP2021'),
    ).toThrow('Riga 3: codice 5.5.2.3.0 ripetuto');
    expect(() => parseTaxonomyCsv('code,label\n5.5.2.3.0,A\nABC,B\n', 'ISTAT_CP2021')).toThrow(
      /Riga 3: "ABC" non è un codice ISTAT/,
    );
    expect(() => parseTaxonomyCsv('code,label\nHACCP,\n', 'INCROCIO')).toThrow(
      'Riga 2: descrizione mancante',
    );
    expect(() => parseTaxonomyCsv('codice,nome\n1,A\n', 'ISTAT_CP2021')).toThrow(
      'Colonne mancanti nel file: code, label',
    );
    expect(() => parseTaxonomyCsv('code,label\n', 'ISTAT_CP2021')).toThrow('non contiene voci');
  });
});
