import { randomBytes } from 'node:crypto';
import { generateDemoData } from '#libs/demo-data';
import { TEST_DATA_KEYS, typeOrmOptions } from '#libs/platform';
import { createTestDatabase, dropTestDatabase, testConfig, uniqueTestName } from '#libs/testing';
import { DataSource } from 'typeorm';
import { openCandidateSensitive } from './candidate-sensitive.sealer.js';
import {
  candidateSensitiveRowsByKey,
  resealCandidateSensitive,
} from './candidate-sensitive.rotation.js';
import { l68CategorySql } from './l68-registration.sql.js';

/** The data-keys:rotate command's work: re-seal every row under a new key, resumably. */
describe('re-sealing candidate_sensitive under a new key', () => {
  const name = uniqueTestName('key_rotation');
  const keys = `${TEST_DATA_KEYS},next:${randomBytes(32).toString('base64')}`;
  const before = testConfig(name, { DATA_KEYS: keys, DATA_KEY_ID: 'test' });
  const after = testConfig(name, { DATA_KEYS: keys, DATA_KEY_ID: 'next' });
  let db: DataSource;
  let rotated: DataSource;
  type Row = { candidateId: string; organisationId: string; sealed: Buffer; category: string };
  const rows = (source: DataSource): Promise<Row[]> =>
    source.query(`SELECT candidate_id AS "candidateId", organisation_id AS "organisationId", sealed,
                         ${l68CategorySql('s', 's.candidate_id')} AS category
                    FROM candidate_sensitive s ORDER BY candidate_id`);

  beforeAll(async () => {
    db = await createTestDatabase(before);
    await generateDemoData(db, {
      organisations: 1,
      candidates: 60,
      companies: 5,
      vacancies: 5,
      seed: 'key-rotation',
      password: 'demo-password-lunga',
      dataCipher: before.dataCipher,
    });
    rotated = await new DataSource(typeOrmOptions(after)).initialize();
  }, 120_000);
  afterAll(async () => {
    await rotated?.destroy();
    await dropTestDatabase(before, db);
  });

  it('re-seals in batches, resumes after an interruption, then has nothing left to do', async () => {
    const original = await rows(db);
    expect(original.length).toBeGreaterThan(10);
    expect(original.some((row) => row.category !== null)).toBe(true);

    const interrupted = resealCandidateSensitive(rotated, after.dataCipher, 7, () => {
      throw new Error('interrotto');
    });
    await expect(interrupted).rejects.toThrow('interrotto');
    expect(await candidateSensitiveRowsByKey(rotated)).toEqual([
      { keyId: 'next', rows: 7 },
      { keyId: 'test', rows: original.length - 7 },
    ]);
    // Mid-rotation, SQL still reads every registration (each row under its own key's index).
    expect((await rows(rotated)).map((row) => row.category)).toEqual(
      original.map((row) => row.category),
    );

    const { resealed } = await resealCandidateSensitive(rotated, after.dataCipher, 7);
    expect(resealed).toBe(original.length - 7);
    expect(await candidateSensitiveRowsByKey(rotated)).toEqual([
      { keyId: 'next', rows: original.length },
    ]);
    const now = await rows(rotated);
    expect(now.map((row) => row.category)).toEqual(original.map((row) => row.category));
    for (const [i, row] of now.entries()) {
      expect(row.sealed.equals(original[i]!.sealed)).toBe(false);
      expect(openCandidateSensitive(after.dataCipher, row)).toEqual(
        openCandidateSensitive(before.dataCipher, original[i]!),
      );
    }

    expect(await resealCandidateSensitive(rotated, after.dataCipher, 7)).toEqual({ resealed: 0 });
    expect((await rows(rotated)).map((row) => row.sealed)).toEqual(now.map((row) => row.sealed));
  });
});
