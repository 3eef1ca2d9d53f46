import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { BUNDLED_GAZETTEER, importMunicipalities } from '#libs/geo';
import { GetImportUseCase, StartImportUseCase, UploadImportUseCase } from '#libs/imports';
import { vatCheckDigit } from '#libs/kernel';
import {
  type Actor,
  ConfigModule,
  loadConfig,
  type OrganisationId,
  typeOrmOptions,
} from '#libs/platform';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { WorkerModule } from '../../apps/worker/src/worker.module.js';
import { deleteKeys, sampleMemory } from './bench-process.js';

export interface ImportsBenchOptions {
  databaseUrl: string;
  redisUrl: string;
  rows: number;
  log?: (line: string) => void;
}

const HEADER = 'Codice;Ragione sociale;Partita IVA;Indirizzo;Comune;Provincia;Addetti\r\n';
const MAPPING = {
  sourceId: 'Codice',
  name: 'Ragione sociale',
  vatNumber: 'Partita IVA',
  address: 'Indirizzo',
  municipality: 'Comune',
  province: 'Provincia',
  headcount: 'Addetti',
};

/**
 * A chamber-of-commerce list of `rows` companies, generated line by line as the upload reads it (the
 * file never exists whole, here or in the API): every 50th row has a wrong partita IVA, so that the
 * report has problems to store too.
 */
async function* companiesFile(rows: number, municipalities: string[]): AsyncIterable<string> {
  yield `\uFEFF${HEADER}`;
  let lines: string[] = [];
  for (let n = 1; n <= rows; n += 1) {
    const first10 = `${String(n).padStart(7, '0')}015`;
    const vat =
      n % 50 === 0
        ? `${first10}${(vatCheckDigit(first10) + 1) % 10}`
        : first10 + vatCheckDigit(first10);
    const town = municipalities[n % municipalities.length];
    lines.push(`CCIAA-${n};Impresa ${n} srl;${vat};Via del Lavoro ${n};${town};;${n % 200}\r\n`);
    if (lines.length === 1000) {
      yield lines.join('');
      lines = [];
    }
  }
  yield lines.join('');
}

/**
 * Uploads a CSV of `rows` companies (streamed into the chunk table), checks it in a dry run and
 * imports it, with the real worker in this process, on a schema and queue prefix of their own that
 * are removed afterwards. Reports the time of each step and the peak memory of the process.
 */
export async function runImportsBench(options: ImportsBenchOptions) {
  const log = options.log ?? (() => undefined);
  const name = `bench_imports_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: options.databaseUrl,
    DATABASE_SCHEMA: name,
    REDIS_URL: options.redisUrl,
    QUEUE_PREFIX: name,
    JWT_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'warn',
  });
  const admin = new pg.Client({ connectionString: options.databaseUrl });
  await admin.connect();
  await admin.query(`CREATE SCHEMA "${name}"`);
  await admin.end();
  const schema = await new DataSource(typeOrmOptions(config)).initialize();
  let worker: Awaited<ReturnType<typeof NestFactory.createApplicationContext>> | undefined;
  const memory = sampleMemory();
  try {
    await schema.runMigrations({ transaction: 'each' });
    await importMunicipalities(schema, BUNDLED_GAZETTEER);
    const lombardy: Array<{ name: string }> = await schema.query(
      `SELECT name FROM municipalities m
        WHERE province_code IN ('MI', 'BG', 'BS')
          AND (SELECT count(*) FROM municipalities o WHERE o.name = m.name) = 1
        ORDER BY istat_code LIMIT 300`,
    );
    const [organisation] = await schema.query(
      `INSERT INTO organisations (name, kind) VALUES ('Consorzio bench', 'CONSORTIUM') RETURNING id`,
    );
    const [user] = await schema.query(
      `INSERT INTO users (organisation_id, email, display_name, role, password_hash)
       VALUES ($1, 'bench@example.org', 'Bench', 'consultant', 'x') RETURNING id`,
      [organisation.id],
    );
    const actor: Actor = {
      userId: user.id,
      organisationId: organisation.id as OrganisationId,
      role: 'consultant',
    };
    worker = await NestFactory.createApplicationContext(
      { module: class ImportsBenchRoot {}, imports: [ConfigModule.forRoot(config), WorkerModule] },
      { logger: ['error'] },
    );
    await worker.init();
    const startedRssMb = Math.round(process.memoryUsage().rss / 1024 / 1024);
    memory.reset();

    const towns = lombardy.map((row) => row.name);
    log(`importazioni: caricamento di ${options.rows} righe...`);
    let started = performance.now();
    const uploaded = await worker.get(UploadImportUseCase).execute(actor, {
      kind: 'companies',
      format: 'csv',
      fileName: 'bench.csv',
      body: companiesFile(options.rows, towns),
    });
    const uploadMs = Math.round(performance.now() - started);

    const runs: Record<string, { ms: number; rows: unknown }> = {};
    for (const mode of ['DRY_RUN', 'IMPORT'] as const) {
      log(`importazioni: ${mode === 'DRY_RUN' ? 'prova' : 'importazione'}...`);
      started = performance.now();
      await worker.get(StartImportUseCase).execute(actor, uploaded.id, mode, MAPPING);
      let lastLog = Date.now();
      const done = await until(async () => {
        const view = await worker!.get(GetImportUseCase).execute(actor, uploaded.id);
        if (Date.now() - lastLog > 10_000) {
          lastLog = Date.now();
          log(`  ${view.rows.read} righe lette (${view.progress.percent}%)`);
        }
        return ['CHECKED', 'DONE', 'FAILED'].includes(view.status) ? view : null;
      });
      if (done.status === 'FAILED') throw new Error(`importazione non riuscita: ${done.failure}`);
      runs[mode] = { ms: Math.round(performance.now() - started), rows: done.rows };
    }
    const peak = memory.stop();
    const importMs = runs.IMPORT?.ms ?? 0;
    return {
      rows: options.rows,
      fileMb: Math.round((uploaded.progress.sizeBytes / 1024 / 1024) * 10) / 10,
      uploadMs,
      dryRunMs: runs.DRY_RUN?.ms,
      dryRun: runs.DRY_RUN?.rows,
      importMs,
      import: runs.IMPORT?.rows,
      rowsPerSecond: importMs > 0 ? Math.round((options.rows / importMs) * 1000) : null,
      startedRssMb,
      peakRssMb: peak.rss,
      peakHeapMb: peak.heap,
    };
  } finally {
    memory.stop();
    await worker?.close();
    await schema.query(`DROP SCHEMA "${name}" CASCADE`);
    await schema.destroy();
    await deleteKeys(options.redisUrl, name);
  }
}

async function until<T>(check: () => Promise<T | null>, timeoutMs = 3_600_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await check();
    if (result) return result;
    if (Date.now() > deadline) throw new Error('benchmark: tempo scaduto');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
