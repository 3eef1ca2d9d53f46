import type { DataSource, EntityManager } from 'typeorm';
import { PasswordHasher } from '#libs/accounts';
import { todayInRome } from '#libs/kernel';
import { DemoCalendar } from './calendar.js';
import { DemoDataError } from './demo-data.error.js';
import type { DemoDataOptions, DemoDataResult, DemoTable } from './demo-data.types.js';
import { DemoSteps, type DemoSetup } from './demo-steps.js';
import { writeDemoNetwork } from './demo-network.writer.js';
import { withLaneTransactions } from './lane-transactions.js';
import { homeTowns, loadMunicipalities } from './places.js';
import { Rng } from './prng.js';

/** True when no organisation exists yet: the database has never been seeded nor used. */
export async function isDatabaseEmpty(db: DataSource | EntityManager): Promise<boolean> {
  const [{ present }]: { present: boolean }[] = await db.query(
    `SELECT EXISTS (SELECT 1 FROM organisations) AS present`,
  );
  return !present;
}

function checkSize(options: DemoDataOptions): void {
  const sizes = [options.organisations, options.candidates, options.companies, options.vacancies];
  const valid = sizes.every((n) => Number.isInteger(n) && n >= 0) && options.organisations >= 1;
  const connections = options.connections ?? 1;
  if (
    !valid ||
    !Number.isInteger(connections) ||
    connections < 1 ||
    (options.vacancies > 0 && options.companies === 0)
  ) {
    throw new DemoDataError(
      'INVALID_SIZE',
      'Dimensioni non valide: servono numeri interi, almeno un’organizzazione e una connessione ' +
        'e, per generare offerte, almeno un’azienda.',
    );
  }
}

async function ensureEmpty(manager: EntityManager): Promise<void> {
  if (!(await isDatabaseEmpty(manager))) {
    throw new DemoDataError(
      'DATABASE_NOT_EMPTY',
      'Il database contiene già delle organizzazioni: i dati demo si generano solo su un database vuoto.',
    );
  }
}

/** Takes back what a failed multi-connection run had already committed: the database was empty. */
async function removeSetup(dataSource: DataSource, setup: DemoSetup): Promise<void> {
  const ids = setup.organisations.map((o) => o.id);
  await dataSource.transaction(async (manager) => {
    await manager.query(
      `DELETE FROM networks WHERE coordinator_organisation_id = ANY($1::uuid[])`,
      [ids],
    );
    for (const table of [
      'vacancies',
      'candidate_sensitive',
      'candidates',
      'company_sites',
      'companies',
      'users',
      'organisations',
    ]) {
      const column = table === 'organisations' ? 'id' : 'organisation_id';
      await manager.query(`DELETE FROM ${table} WHERE ${column} = ANY($1::uuid[])`, [ids]);
    }
  });
}

/**
 * Fills an empty database with synthetic organisations, accounts, companies, candidates and
 * vacancies in Lombardy. With one connection (the default) it is one transaction: either the whole
 * demo is there or none of it. More connections let PostgreSQL use more cores for the benchmark
 * sizes; a failure then removes what was written, but a killed process may leave part of it.
 * The municipalities must be loaded first (importMunicipalities with BUNDLED_GAZETTEER).
 */
export async function generateDemoData(
  dataSource: DataSource,
  options: DemoDataOptions,
): Promise<DemoDataResult> {
  checkSize(options);
  const started = performance.now();
  const today = options.today ?? todayInRome();
  const calendar = new DemoCalendar(today);
  const municipalities = await loadMunicipalities(dataSource);
  // Salted, so it differs between runs; one hash for all accounts keeps argon2 out of the timing.
  const passwordHash = await new PasswordHasher().hash(options.password);
  const steps = new DemoSteps(new Rng(options.seed), calendar, options);
  const towns = homeTowns(municipalities);
  const setUp = async (manager: EntityManager) => {
    await ensureEmpty(manager);
    return steps.setup(manager, municipalities, towns, passwordHash);
  };
  const bulk = async (lanes: EntityManager[], setup: DemoSetup) => {
    await steps.candidates(lanes, setup);
    await steps.vacancies(lanes, setup);
  };

  const connections = options.connections ?? 1;
  const setup =
    connections === 1
      ? await dataSource.transaction(async (manager) => {
          const done = await setUp(manager);
          await bulk([manager], done);
          return done;
        })
      : await dataSource.transaction(setUp);
  if (connections > 1) {
    try {
      await withLaneTransactions(dataSource, connections, (lanes) => bulk(lanes, setup));
    } catch (error) {
      await removeSetup(dataSource, setup).catch((cleanup: unknown) => {
        throw new AggregateError([error, cleanup], 'Generazione interrotta, dati parziali rimasti');
      });
      throw error;
    }
  }

  if (options.network) {
    const network = options.network;
    const organisationIds = setup.organisations.map((o) => o.id);
    steps.counts.vacancy_networks = await dataSource
      .transaction((manager) =>
        writeDemoNetwork(manager, new Rng(options.seed).fork('network'), organisationIds, network),
      )
      .catch(async (error: unknown) => {
        await removeSetup(dataSource, setup);
        throw error;
      });
  }

  const counts: Record<DemoTable, number> = { ...steps.counts };
  return {
    counts,
    elapsedMs: Math.round(performance.now() - started),
    accounts: setup.organisations.flatMap((o) => o.accounts),
    seed: options.seed,
    today,
  };
}
