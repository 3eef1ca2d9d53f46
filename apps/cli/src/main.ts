import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '#libs/platform';
import { createAdmin } from './commands/accounts.commands.js';
import { writeSampleBulletin } from './commands/bulletin.commands.js';
import { rotateDataKeys } from './commands/data-keys.commands.js';
import { importGazetteer, migrate, migrateDown } from './commands/database.commands.js';
import { reindex, seedDemo } from './commands/demo.commands.js';
import { importTaxonomy, seedTaxonomy } from './commands/taxonomy.commands.js';
import { up } from './commands/up.command.js';

const USAGE = `Uso: npm run cli -- <comando> [opzioni]

  up [--no-demo]                 migra, carica comuni e dati demo (database vuoto), avvia API e worker
  migrate                        applica le migrazioni
  migrate:down [--all]           annulla l'ultima migrazione (o tutte)
  create-admin --organisation NOME --email EMAIL [--kind CONSORTIUM|COOPERATIVE|AMBITO_SERVICE|OTHER] [--name NOME]
                                 crea un'organizzazione con il primo amministratore (password in INCROCIO_ADMIN_PASSWORD)
  import-municipalities FILE     carica o aggiorna l'elenco dei comuni (CSV ISTAT)
  seed-taxonomy                  carica il vocabolario di base (professioni ISTAT CP2021, competenze, mansioni)
  import-taxonomy FILE [--kind OCCUPATION|SKILL|TASK] [--system ISTAT_CP2021|ESCO|INCROCIO]
                                 carica un elenco ufficiale completo (CSV: code,label[,parent_code][,synonyms separati da |])
  seed-demo                      dati demo realistici per la Lombardia (solo in un database vuoto)
  reindex                        ricostruisce gli indici di ricerca e ricalcola gli abbinamenti
  bulletin:sample [CARTELLA]     scrive un'edizione di esempio del bollettino (e-mail e pagina stampabile)
  data-keys:rotate [--batch N]   ricifra i dati sensibili con la chiave attiva (DATA_KEY_ID); si può
                                 interrompere e riprendere
`;

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      demo: { type: 'boolean', default: true },
      'no-demo': { type: 'boolean', default: false },
      all: { type: 'boolean', default: false },
      organisation: { type: 'string' },
      email: { type: 'string' },
      kind: { type: 'string' },
      name: { type: 'string' },
      system: { type: 'string' },
      batch: { type: 'string', default: '500' },
    },
  });
  const [command, ...rest] = positionals;
  const config = loadConfig();
  switch (command) {
    case 'up':
      return up(config, { demo: !values['no-demo'] });
    case 'migrate':
      return migrate(config);
    case 'migrate:down':
      return migrateDown(config, values.all);
    case 'create-admin':
      return createAdmin(config, values);
    case 'import-municipalities':
      if (!rest[0]) throw new Error('Indica il file CSV dei comuni.');
      console.log(`Comuni caricati: ${await importGazetteer(config, rest[0])}`);
      return;
    case 'seed-taxonomy': {
      const { concepts, terms } = await seedTaxonomy(config);
      console.log(`Vocabolario di base: ${concepts} voci e ${terms} termini aggiunti.`);
      return;
    }
    case 'import-taxonomy': {
      if (!rest[0]) throw new Error('Indica il file CSV da importare.');
      const { concepts, terms } = await importTaxonomy(config, rest[0], values);
      console.log(`Voci caricate o aggiornate: ${concepts}; nuovi termini: ${terms}.`);
      return;
    }
    case 'seed-demo':
      return seedDemo(config);
    case 'reindex':
      return reindex(config);
    case 'bulletin:sample':
      for (const file of await writeSampleBulletin(rest[0] ?? 'var/bollettino-esempio')) {
        console.log(file);
      }
      return;
    case 'data-keys:rotate': {
      const batch = Number(values.batch);
      if (!Number.isInteger(batch) || batch < 1 || batch > 10_000)
        throw new Error('--batch deve essere un numero intero tra 1 e 10000.');
      return rotateDataKeys(config, batch);
    }
    default:
      console.log(USAGE);
      if (command) process.exitCode = 2;
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
