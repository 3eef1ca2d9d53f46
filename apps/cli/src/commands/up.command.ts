import { type ChildProcess, spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AppConfig } from '#libs/platform';
import { seedDemo } from './demo.commands.js';
import { countRows, defaultGazetteer, importGazetteer, migrate } from './database.commands.js';
import { seedTaxonomy } from './taxonomy.commands.js';

const DIST = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

/**
 * The main job on one machine: migrate, load the gazetteer and the demo data into an empty
 * database, then run the API and the worker as two processes, stopping both when either stops.
 */
export async function up(config: AppConfig, options: { demo: boolean }): Promise<void> {
  await migrate(config);
  if ((await countRows(config, 'municipalities')) === 0) {
    const gazetteer = defaultGazetteer();
    if (gazetteer)
      console.log(`Comuni caricati: ${await importGazetteer(config, gazetteer)} da ${gazetteer}`);
    else
      console.warn(
        'Nessun elenco dei comuni trovato: imposta INCROCIO_GAZETTEER o usa `npm run cli -- import-municipalities FILE`.',
      );
  }
  const vocabulary = await seedTaxonomy(config);
  if (vocabulary.concepts > 0)
    console.log(`Vocabolario di base: ${vocabulary.concepts} voci aggiunte`);
  if (options.demo && (await countRows(config, 'organisations')) === 0) await seedDemo(config);

  const children: ChildProcess[] = ['apps/api/src/main.js', 'apps/worker/src/main.js'].map(
    (entry) =>
      spawn(process.execPath, [resolve(DIST, entry)], { stdio: 'inherit', env: process.env }),
  );
  console.log(
    `Console di Incrocio: ${config.PUBLIC_BASE_URL}/ (API su ${config.PUBLIC_BASE_URL}/api, documentazione: ${config.PUBLIC_BASE_URL}/api/docs)`,
  );
  const stopAll = (signal: NodeJS.Signals) =>
    children.forEach((child) => child.exitCode === null && child.kill(signal));
  process.on('SIGINT', () => stopAll('SIGINT'));
  process.on('SIGTERM', () => stopAll('SIGTERM'));
  await new Promise<void>((done) => {
    let running = children.length;
    for (const child of children) {
      child.on('exit', (code) => {
        if (code && code !== 0) process.exitCode = code;
        stopAll('SIGTERM');
        if (--running === 0) done();
      });
    }
  });
}
