import { todayInRome } from '#libs/kernel';
import { generateDemoData } from '#libs/demo-data';
import { PlacementsReader } from '#libs/pathway';
import { CompaniesRepository } from '#libs/companies';
import {
  BUNDLED_GAZETTEER,
  importMunicipalities,
  MunicipalitiesService,
  MunicipalityEntity,
} from '#libs/geo';
import { asOrganisationId, loadConfig, typeOrmOptions, NoRecordChanges } from '#libs/platform';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { Law68Repository } from '../law68.repository.js';
import { CompanyLaw68Reader } from '../position/company-law68.reader.js';
import { Law68PositionService } from '../position/law68-position.service.js';
import { StalePositionsRefresher } from '../position/stale-positions.refresher.js';
import {
  PRIORITY_LIST_SETTINGS,
  PRIORITY_LIST_SQL,
  sectorParameters,
} from '../territory/priority-list.sql.js';
import { queryPriorityList } from '../territory/territory.repository.js';
import { seedPositions } from './bench-positions.seeder.js';

export interface PriorityBenchOptions {
  databaseUrl?: string;
  /** The gazetteer CSV (the one shipped in libs/geo/data by default). */
  gazetteer?: string;
  organisations?: number;
  companies?: number;
  candidates?: number;
  /** Timed runs per organisation, after one warm-up run. */
  runs?: number;
  seed?: number;
  keepSchema?: boolean;
}

export interface PriorityBenchResult {
  benchmark: 'scouting-priority-list';
  sizes: { organisations: number; companies: number; candidates: number };
  setupMs: { demoData: number; positions: number };
  companiesBelowQuota: number;
  /** Per organisation: the refresh check plus the one query, as GET /api/scouting/priorities runs them. */
  organisations: Array<{
    companiesListed: number;
    /** Of the first page, companies with registered people nearby, and the most people near one. */
    withPeopleNearby: number;
    mostPeopleNearby: number;
    runsMs: number[];
    medianMs: number;
    maxMs: number;
  }>;
  medianMs: number;
  maxMs: number;
  plan: { planningMs: number; executionMs: number };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (ms: number) => Math.round(ms * 10) / 10;

/**
 * Fills a schema of its own with generated Lombardy data (demo generator), declares a workforce for
 * every company, and times the scouting priority list of each organisation. No side effects at
 * import; the schema is dropped at the end unless `keepSchema`.
 */
export async function benchPriorityList(
  options: PriorityBenchOptions = {},
): Promise<PriorityBenchResult> {
  const databaseUrl =
    options.databaseUrl ??
    process.env.TEST_DATABASE_URL ??
    'postgres://postgres@127.0.0.1:5432/test';
  const schema = `bench_priority_${Date.now()}`;
  const sizes = {
    organisations: options.organisations ?? 5,
    companies: options.companies ?? 10_000,
    candidates: options.candidates ?? 50_000,
  };
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query(`CREATE SCHEMA "${schema}"`);
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    DATABASE_SCHEMA: schema,
    DATABASE_POOL_SIZE: '4',
  });
  const db = await new DataSource(typeOrmOptions(config)).initialize();
  try {
    await db.runMigrations({ transaction: 'each' });
    await importMunicipalities(db, options.gazetteer ?? BUNDLED_GAZETTEER);
    let started = performance.now();
    await generateDemoData(db, {
      ...sizes,
      vacancies: 0,
      seed: options.seed ?? 68,
      password: 'solo-per-il-benchmark',
      dataCipher: config.dataCipher,
    });
    const demoData = round(performance.now() - started);
    started = performance.now();
    const today = todayInRome();
    const seeded = await seedPositions(db, `${Number(today.slice(0, 4)) - 1}-12-31`, today);
    const positions = round(performance.now() - started);
    await db.query('ANALYZE');

    const refresher = new StalePositionsRefresher(
      new Law68Repository(db),
      new CompaniesRepository(db, new MunicipalitiesService(db.getRepository(MunicipalityEntity))),
      new Law68PositionService(
        new CompanyLaw68Reader(new PlacementsReader(db)),
        new NoRecordChanges(),
      ),
    );
    const wholeOrganisation = { companyCondition: () => ({ sql: 'TRUE', values: [] }) };
    const organisationIds: Array<{ id: string }> = await db.query(
      `SELECT id FROM organisations ORDER BY id`,
    );
    const results: PriorityBenchResult['organisations'] = [];
    for (const { id } of organisationIds) {
      const organisationId = asOrganisationId(id);
      const run = async () => {
        const t0 = performance.now();
        await refresher.refresh(organisationId, today);
        const list = await queryPriorityList(db, organisationId, wholeOrganisation, 1, 50);
        return { ms: performance.now() - t0, ...list };
      };
      const runsMs: number[] = [];
      let last = await run();
      for (let i = 0; i < (options.runs ?? 5); i += 1) {
        last = await run();
        runsMs.push(round(last.ms));
      }
      const nearby = last.rows.map((row) => row.candidates_nearby);
      results.push({
        companiesListed: last.total,
        withPeopleNearby: nearby.filter((n) => n > 0).length,
        mostPeopleNearby: Math.max(0, ...nearby),
        runsMs,
        medianMs: median(runsMs),
        maxMs: Math.max(...runsMs),
      });
    }
    const all = results.flatMap((r) => r.runsMs);
    const plan = await explain(db, asOrganisationId(organisationIds[0].id));
    return {
      benchmark: 'scouting-priority-list',
      sizes,
      setupMs: { demoData, positions },
      companiesBelowQuota: seeded.belowQuota,
      organisations: results,
      medianMs: median(all),
      maxMs: Math.max(...all),
      plan,
    };
  } finally {
    await db.destroy();
    if (!options.keepSchema) await admin.query(`DROP SCHEMA "${schema}" CASCADE`);
    await admin.end();
  }
}

/** The planner's own timing of the query, without the client round trip. */
async function explain(db: DataSource, organisationId: ReturnType<typeof asOrganisationId>) {
  const [row]: Array<{
    'QUERY PLAN': Array<{ 'Planning Time': number; 'Execution Time': number }>;
  }> = await db.transaction(async (manager) => {
    for (const setting of PRIORITY_LIST_SETTINGS) await manager.query(setting);
    return manager.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${PRIORITY_LIST_SQL('TRUE')}`, [
      organisationId,
      ...sectorParameters(),
      50,
      0,
    ]);
  });
  const [plan] = row['QUERY PLAN'];
  return { planningMs: round(plan['Planning Time']), executionMs: round(plan['Execution Time']) };
}
