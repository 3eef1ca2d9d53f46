import { NestFactory } from '@nestjs/core';
import { CandidateCaseReader } from '#libs/candidates';
import { DEMO_DATA_SIZES, DEMO_NETWORK, generateDemoData, isDatabaseEmpty } from '#libs/demo-data';
import { RecordChangesHubModule, ReindexUseCase } from '#libs/record-changes';
import { MatchingQueue } from '#libs/matching';
import { type AppConfig, ConfigModule, DatabaseModule, QueueModule } from '#libs/platform';
import { VacancyFactsReader } from '#libs/vacancies';
import { openDataSource } from './database.commands.js';

/** The password of every demo account: demo data is for trying Incrocio out, never for real cases. */
export const DEMO_PASSWORD = 'incrocio-demo-2026';

/** Search and matching follow a bulk load through a rebuild of the indexes and a recompute of every match. */
async function followBulkLoad(config: AppConfig): Promise<Record<string, number>> {
  const app = await NestFactory.createApplicationContext(
    {
      module: class CliIndexingRoot {},
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        QueueModule.forRoot('producer'),
        RecordChangesHubModule,
      ],
    },
    { logger: ['error'] },
  );
  try {
    const counts = await app.get(ReindexUseCase).execute();
    const dataSource = await openDataSource(config);
    const [candidates, vacancies] = await Promise.all([
      new CandidateCaseReader(dataSource).allActiveIds(),
      new VacancyFactsReader(dataSource).allOpenIds(),
    ]).finally(() => dataSource.destroy());
    const subjects = [
      ...candidates.map((id) => ({ subjectType: 'candidate' as const, id })),
      ...vacancies.map((id) => ({ subjectType: 'vacancy' as const, id })),
    ];
    await app.get(MatchingQueue).requestMany(subjects);
    return counts;
  } finally {
    await app.close();
  }
}

/** Seeds a few hundred realistic Lombardy records into an empty database and prints the demo accounts. */
export async function seedDemo(
  config: AppConfig,
  size: keyof typeof DEMO_DATA_SIZES = 'demo',
): Promise<void> {
  const dataSource = await openDataSource(config);
  try {
    if (!(await isDatabaseEmpty(dataSource))) {
      console.log('Il database contiene già dati: nessun dato demo aggiunto.');
      return;
    }
    const result = await generateDemoData(dataSource, {
      ...DEMO_DATA_SIZES[size],
      network: DEMO_NETWORK,
      seed: 'incrocio',
      password: DEMO_PASSWORD,
      dataCipher: config.dataCipher,
    });
    console.log(`Dati demo (${result.elapsedMs} ms): ${JSON.stringify(result.counts)}`);
    console.log(`Account demo, password "${DEMO_PASSWORD}":`);
    for (const account of result.accounts)
      console.log(`  ${account.role.padEnd(11)} ${account.email}  (${account.organisationName})`);
  } finally {
    await dataSource.destroy();
  }
  console.log(`Indici di ricerca ricostruiti: ${JSON.stringify(await followBulkLoad(config))}`);
}

export async function reindex(config: AppConfig): Promise<void> {
  console.log(`Indici di ricerca ricostruiti: ${JSON.stringify(await followBulkLoad(config))}`);
}
