import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The keys that seal special-category data: every key that may still be in use, and the active one. */
export interface DataKeyRing {
  readonly activeId: string;
  readonly keys: ReadonlyMap<string, Buffer>;
}

/** A key id is also part of a PostgreSQL setting name (see dataIndexKeySettings): keep it plain. */
const KEY_ID = /^[a-z0-9_]{1,32}$/;

/** Where `npm start` keeps the key it generated for this install (git-ignored with var/). */
export const DEV_DATA_KEY_FILE = 'var/dev-data-key';

/** The fixed key of the tests: never a secret, never accepted in production. */
export const TEST_DATA_KEYS = `test:${createHash('sha256').update('incrocio-test-data-key').digest('base64')}`;

/**
 * Parses `keyid:base64key,...` (32-byte keys) and the active id. Returns the problems, in Italian and
 * naming the variable, instead of throwing, so that start-up lists them with the others.
 */
export function parseDataKeys(
  list: string,
  activeId: string | undefined,
): { ring?: DataKeyRing; problems: string[] } {
  const problems: string[] = [];
  const keys = new Map<string, Buffer>();
  for (const entry of list.split(',').map((part) => part.trim())) {
    const [id, encoded, ...rest] = entry.split(':');
    const key = encoded ? Buffer.from(encoded, 'base64') : Buffer.alloc(0);
    if (!id || !KEY_ID.test(id) || rest.length > 0) {
      problems.push(
        `DATA_KEYS: ogni voce è "id:chiave" con un id di lettere minuscole, cifre e _ (trovato "${id ?? ''}")`,
      );
    } else if (key.length !== 32 || key.toString('base64') !== encoded) {
      problems.push(`DATA_KEYS: la chiave "${id}" deve essere di 32 byte in base64`);
    } else if (keys.has(id)) {
      problems.push(`DATA_KEYS: la chiave "${id}" compare due volte`);
    } else {
      keys.set(id, key);
    }
  }
  const active = activeId ?? (keys.size === 1 ? [...keys.keys()][0] : undefined);
  if (!active) problems.push('DATA_KEY_ID: indica quale chiave di DATA_KEYS cifra i nuovi dati');
  else if (!keys.has(active))
    problems.push(`DATA_KEY_ID: "${active}" non è tra le chiavi di DATA_KEYS`);
  return problems.length > 0 || !active
    ? { problems }
    : { ring: { activeId: active, keys }, problems };
}

/** The development key of this install, generated on first use and kept for the next start. */
export function developmentDataKeys(file = DEV_DATA_KEY_FILE): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const keys = `dev:${randomBytes(32).toString('base64')}`;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${keys}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return keys;
}
