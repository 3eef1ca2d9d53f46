import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, dropTestDatabase, testConfig, uniqueTestName } from '#libs/testing';
import { typeOrmOptions } from '#libs/platform';
import { DataSource } from 'typeorm';
import { TaxonomyConceptEntity } from './entities/taxonomy-concept.entity.js';
import { TaxonomyTermEntity } from './entities/taxonomy-term.entity.js';
import { importTaxonomyCsv } from './import-taxonomy.use-case.js';
import { seedStarterVocabulary } from './starter-vocabulary.loader.js';
import { TaxonomyService } from './taxonomy.service.js';

describe('taxonomy in PostgreSQL (integration)', () => {
  const config = testConfig(uniqueTestName('taxonomy'));
  let db: DataSource;
  let withEntities: DataSource;
  let taxonomy: TaxonomyService;
  let dir: string;

  beforeAll(async () => {
    db = await createTestDatabase(config, { municipalities: false, vocabulary: false });
    withEntities = await new DataSource({
      ...typeOrmOptions(config),
      entities: [TaxonomyConceptEntity, TaxonomyTermEntity],
    }).initialize();
    taxonomy = new TaxonomyService(withEntities);
    dir = await mkdtemp(join(tmpdir(), 'incrocio-taxonomy-'));
  });
  afterAll(async () => {
    await withEntities?.destroy();
    await dropTestDatabase(config, db);
    await rm(dir, { recursive: true, force: true });
  });

  const count = async (table: string) =>
    (await db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

  it('seeds the starter vocabulary once: a second run writes nothing', async () => {
    const first = await seedStarterVocabulary(db);
    expect(first.concepts).toBeGreaterThan(20);
    const counts = [await count('taxonomy_concepts'), await count('taxonomy_terms')];
    expect(await seedStarterVocabulary(db)).toEqual({ concepts: 0, terms: 0 });
    expect([await count('taxonomy_concepts'), await count('taxonomy_terms')]).toEqual(counts);
  });

  it('resolves codes, labels and synonyms ignoring case, accents and gender endings', async () => {
    expect((await taxonomy.resolve('OCCUPATION', 'Badante'))?.code).toBe('5.5.2.3.0');
    expect((await taxonomy.resolve('OCCUPATION', '  BADANTE '))?.code).toBe('5.5.2.3.0');
    expect((await taxonomy.resolve('OCCUPATION', '5.5.2.3.0'))?.label).toBe('Assistente familiare');
    expect((await taxonomy.resolve('OCCUPATION', 'Addetto/a alle pulizie'))?.code).toBe(
      '8.1.4.3.0',
    );
    expect((await taxonomy.resolve('SKILL', 'attestato haccp'))?.code).toBe('HACCP');
    expect(await taxonomy.resolve('OCCUPATION', 'astronauta')).toBeNull();
    expect(await taxonomy.resolve('SKILL', 'badante')).toBeNull();
  });

  it('searches for a picker, whole terms first', async () => {
    const [first] = await taxonomy.search('OCCUPATION', 'badan', 10);
    expect(first).toEqual(
      expect.objectContaining({
        code: '5.5.2.3.0',
        matchedTerm: expect.stringMatching(/^badante/),
      }),
    );
    const byCode = await taxonomy.search('OCCUPATION', '5.2.2', 50);
    expect(byCode.length).toBeGreaterThan(1);
    expect(byCode.every((concept) => concept.code.startsWith('5.2.2.'))).toBe(true);
    expect(await taxonomy.search('OCCUPATION', '%', 10)).toEqual([]);
  });

  it('finds every CP2021 unit group, not only the starter ones, with or without accents', async () => {
    expect(await count(`taxonomy_concepts WHERE kind = 'OCCUPATION'`)).toBe(813);
    for (const text of ['contabilità', 'CONTABILITA', 'addetti alla contabilita']) {
      const found = await taxonomy.search('OCCUPATION', text, 20);
      expect(found.map((concept) => concept.code)).toContain('4.3.2.1.0');
    }
    expect((await taxonomy.resolve('OCCUPATION', 'Addetti alla contabilità'))?.code).toBe(
      '4.3.2.1.0',
    );
    // A starter occupation keeps the name people use, and its official title finds it too.
    expect((await taxonomy.resolve('OCCUPATION', 'lavapiatti'))?.code).toBe('8.1.4.2.0');
    expect(
      (
        await taxonomy.resolve(
          'OCCUPATION',
          'Personale non qualificato nei servizi di ristorazione',
        )
      )?.label,
    ).toBe('Lavapiatti');
  });

  it('imports an official list: official labels win, starter synonyms still find the concept', async () => {
    const file = join(dir, 'cp2021.csv');
    await writeFile(
      file,
      'code,label,parent_code,synonyms\n' +
        "5.5.2.3.0,Addetti all'assistenza personale,5.5.2.3,\n" +
        '6.5.1.2.1,Panettieri,6.5.1.2,fornaio|fornaia\n',
    );
    // The bundled list made the official titles terms already: only the two synonyms are new.
    expect(
      await importTaxonomyCsv(db, file, { kind: 'OCCUPATION', system: 'ISTAT_CP2021' }),
    ).toEqual({ concepts: 2, terms: 2 });
    expect((await taxonomy.resolve('OCCUPATION', 'badante'))?.label).toBe(
      "Addetti all'assistenza personale",
    );
    expect((await taxonomy.resolve('OCCUPATION', 'Fornaia'))?.code).toBe('6.5.1.2.1');
    // Seeding again does not bring the starter label back over the official one.
    await seedStarterVocabulary(db);
    expect((await taxonomy.labels('OCCUPATION', ['5.5.2.3.0'])).get('5.5.2.3.0')).toBe(
      "Addetti all'assistenza personale",
    );
  });

  it('changes nothing when the file has a bad line', async () => {
    const file = join(dir, 'broken.csv');
    await writeFile(file, 'code,label\n9.9.9.9.9,Nuova voce\nnon-un-codice,Errata\n');
    const before = await count('taxonomy_concepts');
    await expect(
      importTaxonomyCsv(db, file, { kind: 'OCCUPATION', system: 'ISTAT_CP2021' }),
    ).rejects.toThrow('Riga 3');
    expect(await count('taxonomy_concepts')).toBe(before);
  });
});
