import { candidateSensitiveRowsByKey, resealCandidateSensitive } from '#libs/candidates';
import type { AppConfig } from '#libs/platform';
import { openDataSource } from './database.commands.js';

/**
 * Re-seals the special-category data under the active key (DATA_KEY_ID), then tells which keys still
 * seal rows. Resumable and idempotent: run it again after an interruption.
 */
export async function rotateDataKeys(config: AppConfig, batchSize: number): Promise<void> {
  const cipher = config.dataCipher;
  const dataSource = await openDataSource(config);
  try {
    const { resealed } = await resealCandidateSensitive(dataSource, cipher, batchSize, (p) =>
      console.log(`Righe ricifrate con la chiave "${cipher.activeKeyId}": ${p.resealed}`),
    );
    console.log(`Ricifratura completata: ${resealed} righe.`);
    const byKey = await candidateSensitiveRowsByKey(dataSource);
    for (const { keyId, rows } of byKey) console.log(`  chiave "${keyId}": ${rows} righe`);
    const idle = cipher.keyIds.filter(
      (id) => id !== cipher.activeKeyId && !byKey.some(({ keyId }) => keyId === id),
    );
    if (idle.length > 0) {
      console.log(`Chiavi non più usate, da togliere da DATA_KEYS: ${idle.join(', ')}.`);
    }
  } finally {
    await dataSource.destroy();
  }
}
