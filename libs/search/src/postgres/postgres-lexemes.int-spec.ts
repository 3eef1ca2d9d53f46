import { createTestDatabase, dropTestDatabase, testConfig, uniqueTestName } from '#libs/testing';
import type { DataSource } from 'typeorm';
import { lexemesOf } from './postgres-lexemes.js';

/**
 * The words of the cooperatives' work, through the whole analysis the index applies (the word
 * families and stop words, then PostgreSQL's Italian stemmer): related forms share a lexeme,
 * unrelated words do not.
 */
describe('Italian lexemes of the embedded index', () => {
  const config = testConfig(uniqueTestName('search_lexemes'));
  let db: DataSource;
  beforeAll(async () => {
    db = await createTestDatabase(config, { municipalities: false, vocabulary: false });
  });
  afterAll(() => dropTestDatabase(config, db));

  const lexemes = async (words: string[]) => {
    const found = await lexemesOf(db, words);
    return words.map((word) => (found.get(word) ?? []).join(' '));
  };

  it.each([
    ['cassiere', 'cassa'],
    ['cassiere', 'casse'],
    ['cassiera', 'cassetta'],
    ['cassa', 'cassetta'],
    ['cassetta', 'cassetto'],
    ['magazziniere', 'magazzino'],
    ['pulizie', 'pulire'],
    ['pulire', 'pulito'],
    ['operaio', 'opera'],
    ['operai', 'opera'],
    ['cameriere', 'camera'],
    ['portiere', 'porta'],
    ['custode', 'custodia'],
    ['perche', 'percio'],
  ])('keeps "%s" apart from "%s"', async (one, other) => {
    const [a, b] = await lexemes([one, other]);
    expect(a).not.toBe('');
    expect(a).not.toBe(b);
  });

  it.each([
    ['cassiere', 'cassiera', 'cassieri'],
    ['cassa', 'casse'],
    ['operaio', 'operai', 'operaia'],
    ['commesso', 'commessa', 'commessi'],
    ['pulizia', 'pulizie'],
    ['magazzino', 'magazzini'],
    ['cameriere', 'cameriera', 'camerieri'],
    ['facchino', 'facchini'],
    ['badante', 'badanti'],
  ])('joins the forms of "%s"', async (...forms) => {
    const found = await lexemes(forms);
    expect(found[0]).not.toBe('');
    expect(new Set(found).size).toBe(1);
  });
});
