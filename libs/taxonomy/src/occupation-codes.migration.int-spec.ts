import { generateDemoData } from '#libs/demo-data';
import { createTestDatabase, dropTestDatabase, testConfig, uniqueTestName } from '#libs/testing';
import type { DataSource } from 'typeorm';
import { writeConcepts } from './concept.writer.js';
import { seedStarterVocabulary } from './starter-vocabulary.loader.js';

const FIX = 'OccupationCodesCp20211766000300000';

/**
 * The migration that corrects the codes of cleaning (8.1.4.2.0 -> 8.1.4.3.0) and dishwashing
 * (8.2.1.1.0 -> 8.1.4.2.0), on a database that stored the old ones.
 */
describe('migration of the two wrong CP2021 codes', () => {
  const config = testConfig(uniqueTestName('occupation_codes'));
  let db: DataSource;
  const ids: { cleaning?: string; dishes?: string; person?: string } = {};

  beforeAll(async () => {
    db = await createTestDatabase(config, { vocabulary: false });
    const applied = async () =>
      (await db.query(`SELECT 1 FROM schema_migrations WHERE name = $1`, [FIX])).length > 0;
    while (await applied()) await db.undoLastMigration({ transaction: 'each' });
    // The vocabulary as the starter list seeded it before the fix.
    await db.transaction((manager) =>
      writeConcepts(
        manager,
        'OCCUPATION',
        'ISTAT_CP2021',
        [
          {
            code: '8.1.4.2.0',
            label: 'Addetto alle pulizie',
            parentCode: '8.1.4.2',
            synonyms: ['pulizie', 'impresa di pulizie'],
          },
          { code: '8.2.1.1.0', label: 'Lavapiatti', parentCode: '8.2.1.1', synonyms: ['plonge'] },
        ],
        'keep',
      ),
    );
    await generateDemoData(db, {
      organisations: 1,
      candidates: 3,
      companies: 2,
      vacancies: 2,
      seed: 'occupation-codes',
      password: 'demo-password-lunga',
      dataCipher: config.dataCipher,
    });
    const vacancies: { id: string }[] = await db.query(`SELECT id FROM vacancies ORDER BY id`);
    [ids.cleaning, ids.dishes] = vacancies.map((row) => row.id);
    await db.query(`UPDATE vacancies SET occupation_code = '8.1.4.2.0' WHERE id = $1`, [
      ids.cleaning,
    ]);
    await db.query(`UPDATE vacancies SET occupation_code = '8.2.1.1.0' WHERE id = $1`, [
      ids.dishes,
    ]);
    const [person]: { id: string }[] = await db.query(`SELECT id FROM candidates ORDER BY id`);
    ids.person = person.id;
    await db.query(
      `UPDATE candidates
          SET preferred_occupations = ARRAY['8.2.1.1.0', '5.2.2.1.0', '8.1.4.2.0'],
              experiences = $2::jsonb
        WHERE id = $1`,
      [
        ids.person,
        JSON.stringify([
          { occupationCode: '8.1.4.2.0', occupationText: 'Pulizie', months: 12 },
          { occupationCode: '5.2.2.1.0', occupationText: 'Cuoco', months: 3 },
        ]),
      ],
    );
    await db.query(`DELETE FROM search_outbox`);
    await db.query(`UPDATE match_subjects SET requested_at = NULL`);
    await db.runMigrations({ transaction: 'each' });
  }, 120_000);
  afterAll(() => dropTestDatabase(config, db));

  it('moves every stored reference with its meaning, without chaining the two moves', async () => {
    const vacancies: { id: string; occupation_code: string }[] = await db.query(
      `SELECT id, occupation_code FROM vacancies WHERE id = ANY($1::uuid[])`,
      [[ids.cleaning, ids.dishes]],
    );
    expect(Object.fromEntries(vacancies.map((v) => [v.id, v.occupation_code]))).toEqual({
      [ids.cleaning!]: '8.1.4.3.0',
      [ids.dishes!]: '8.1.4.2.0',
    });
    const [person] = await db.query(
      `SELECT preferred_occupations, experiences FROM candidates WHERE id = $1`,
      [ids.person],
    );
    expect(person.preferred_occupations).toEqual(['8.1.4.2.0', '5.2.2.1.0', '8.1.4.3.0']);
    expect(person.experiences.map((e: { occupationCode: string }) => e.occupationCode)).toEqual([
      '8.1.4.3.0',
      '5.2.2.1.0',
    ]);
    const queued: { record_id: string }[] = await db.query(
      `SELECT record_id FROM search_outbox ORDER BY record_id`,
    );
    expect(queued.map((row) => row.record_id).sort()).toEqual(
      [ids.cleaning, ids.dishes, ids.person].sort(),
    );
    const requested: { subject_id: string }[] = await db.query(
      `SELECT subject_id FROM match_subjects WHERE requested_at IS NOT NULL`,
    );
    expect(requested.map((row) => row.subject_id)).toEqual(
      expect.arrayContaining([ids.cleaning, ids.dishes, ids.person]),
    );
  });

  it('moves the starter names and their terms, and seeding afterwards adds nothing wrong', async () => {
    const concepts = async () =>
      Object.fromEntries(
        (
          (await db.query(
            `SELECT code, label FROM taxonomy_concepts
              WHERE kind = 'OCCUPATION' AND code IN ('8.1.4.2.0', '8.1.4.3.0', '8.2.1.1.0')`,
          )) as { code: string; label: string }[]
        ).map((row) => [row.code, row.label]),
      );
    const termsOf = async (code: string) =>
      (
        (await db.query(
          `SELECT term FROM taxonomy_terms WHERE kind = 'OCCUPATION' AND code = $1 ORDER BY term`,
          [code],
        )) as { term: string }[]
      ).map((row) => row.term);
    expect(await concepts()).toEqual({
      '8.1.4.2.0': 'Lavapiatti',
      '8.1.4.3.0': 'Addetto alle pulizie',
      '8.2.1.1.0': 'Personale non qualificato nei servizi ricreativi e culturali',
    });
    expect(await termsOf('8.1.4.3.0')).toEqual([
      'addetto alle pulizie',
      'impresa di pulizie',
      'pulizie',
    ]);
    expect(await termsOf('8.1.4.2.0')).toEqual(['lavapiatti', 'plonge']);
    expect(await termsOf('8.2.1.1.0')).toEqual([]);

    await seedStarterVocabulary(db);
    expect(await concepts()).toEqual({
      '8.1.4.2.0': 'Lavapiatti',
      '8.1.4.3.0': 'Addetto alle pulizie',
      '8.2.1.1.0': 'Personale non qualificato nei servizi ricreativi e culturali',
    });
    expect(await termsOf('8.2.1.1.0')).toEqual([
      'personale non qualificato nei servizi ricreativi e culturali',
    ]);
    expect(await termsOf('8.1.4.2.0')).toContain(
      'personale non qualificato nei servizi di ristorazione',
    );
    expect(await termsOf('8.1.4.3.0')).not.toContain('lavapiatti');
  });
});
