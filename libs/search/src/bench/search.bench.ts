import { randomUUID } from 'node:crypto';
import { asOrganisationId } from '#libs/platform';
import type { DataSource } from 'typeorm';
import { PostgresSearchAdapter } from '../postgres/postgres-search.adapter.js';
import type { VacancyDocument } from '../search-documents.types.js';
import type { SearchQuery } from '../search-query.types.js';
import {
  MUNICIPALITIES,
  pick,
  type Random,
  seededRandom,
  syntheticVacancy,
} from './synthetic-vacancies.js';

export interface SearchBenchmarkOptions {
  documents?: number;
  queries?: number;
  batchSize?: number;
  seed?: number;
}

export interface SearchBenchmarkReport {
  backend: 'postgres';
  documents: number;
  indexingMs: number;
  docsPerSecond: number;
  queries: { count: number; p50Ms: number; p95Ms: number; maxMs: number; withHits: number };
}

/** What tutors type, misspellings included. */
const QUERIES = [
  'cameriere',
  'camerire',
  'pulizie uffici',
  'badante notte',
  'magazziniere',
  'aiuto cuoco',
  'commessa',
  'oss',
  'facchino',
  'lavapiatti',
  'addetto pulizie',
  'barista caffetteria',
  "operaio dell'azienda agricola",
  'autista patente',
  'assistente familiare',
  'giardiniere',
  'muletto',
  'cassa part-time',
  'pulizia scale',
  'addeto vendite',
];
const WARM_UP = 20;

/**
 * Indexes synthetic vacancies into the embedded backend and times text + facets + radius queries.
 * The documents belong to a fresh organisation and are removed at the end, so it may run against
 * any migrated database; the queries see only them.
 */
export async function runSearchBenchmark(
  dataSource: DataSource,
  options: SearchBenchmarkOptions = {},
): Promise<SearchBenchmarkReport> {
  const documents = options.documents ?? 100_000;
  const batchSize = options.batchSize ?? 1000;
  const random = seededRandom(options.seed ?? 68);
  const organisationId = asOrganisationId(randomUUID());
  const search = new PostgresSearchAdapter(dataSource);
  try {
    const started = performance.now();
    for (let offset = 0; offset < documents; offset += batchSize) {
      const batch: VacancyDocument[] = [];
      for (let i = offset; i < Math.min(documents, offset + batchSize); i += 1) {
        batch.push(syntheticVacancy(random, organisationId, i));
      }
      await search.upsert('vacancies', batch);
    }
    // The state autovacuum leaves behind in production: statistics, hint bits, visibility map.
    for (const table of ['search_documents', 'search_document_bodies', 'search_terms']) {
      await dataSource.query(`VACUUM ANALYZE ${table}`);
    }
    const indexingMs = performance.now() - started;

    const count = options.queries ?? 500;
    const timings: number[] = [];
    let withHits = 0;
    for (let i = 0; i < WARM_UP + count; i += 1) {
      const query = benchmarkQuery(random, organisationId);
      const before = performance.now();
      const result = await search.search('vacancies', query);
      const elapsed = performance.now() - before;
      if (i < WARM_UP) continue;
      timings.push(elapsed);
      if (result.total > 0) withHits += 1;
    }
    timings.sort((a, b) => a - b);
    const percentile = (p: number) =>
      round(timings[Math.max(0, Math.ceil(p * timings.length) - 1)]);
    return {
      backend: 'postgres',
      documents,
      indexingMs: Math.round(indexingMs),
      docsPerSecond: Math.round((documents / indexingMs) * 1000),
      queries: {
        count,
        p50Ms: percentile(0.5),
        p95Ms: percentile(0.95),
        maxMs: round(timings.at(-1) ?? 0),
        withHits,
      },
    };
  } finally {
    await dataSource.query(
      `DELETE FROM search_documents WHERE index_name = 'vacancies' AND organisation_id = $1`,
      [organisationId],
    );
  }
}

function benchmarkQuery(
  random: Random,
  organisationId: ReturnType<typeof asOrganisationId>,
): SearchQuery<'vacancies'> {
  const [, , , lat, lng] = pick(random, MUNICIPALITIES);
  return {
    organisationId,
    q: pick(random, QUERIES),
    near: { lat, lng, radiusKm: pick(random, [5, 10, 20, 30]) },
    facets: ['contractType', 'kmZero', 'minItalianLevel', 'reservedL68'],
    filters: random() < 0.3 ? { kmZero: true } : {},
  };
}

const round = (ms: number) => Math.round(ms * 100) / 100;
