import type { DataCipher } from '#libs/platform';
import type { DataSource } from 'typeorm';
import { openCandidateSensitive, sealCandidateSensitive } from './candidate-sensitive.sealer.js';

/** $1 active key id, $2 batch size: rows still under another key, locked until the batch commits. */
const NOT_UNDER_KEY_SQL = `
  SELECT candidate_id AS "candidateId", organisation_id AS "organisationId", sealed
    FROM candidate_sensitive WHERE key_id <> $1 ORDER BY candidate_id LIMIT $2 FOR UPDATE`;

/** $1 candidate, $2 key id, $3 envelope, $4 blind index (updated_at stays: the data did not change). */
const RESEAL_SQL = `
  UPDATE candidate_sensitive SET key_id = $2, sealed = $3, l68_index = $4 WHERE candidate_id = $1`;

const ROWS_BY_KEY_SQL = `
  SELECT key_id AS "keyId", count(*)::int AS rows FROM candidate_sensitive GROUP BY key_id ORDER BY 1`;

export interface RotationProgress {
  resealed: number;
}

/**
 * Re-seals every candidate_sensitive row not yet under the active key, in batches of `batchSize`,
 * each in its own transaction. Progress is the rows' key id itself: a stopped run resumes where it
 * was, and a run with nothing left to do changes nothing.
 */
export async function resealCandidateSensitive(
  dataSource: DataSource,
  cipher: DataCipher,
  batchSize = 500,
  onBatch?: (progress: RotationProgress) => void,
): Promise<RotationProgress> {
  const progress = { resealed: 0 };
  for (;;) {
    const done = await dataSource.transaction(async (manager) => {
      const rows: Array<{ candidateId: string; organisationId: string; sealed: Buffer }> =
        await manager.query(NOT_UNDER_KEY_SQL, [cipher.activeKeyId, batchSize]);
      for (const row of rows) {
        const sealed = sealCandidateSensitive(cipher, openCandidateSensitive(cipher, row));
        await manager.query(RESEAL_SQL, [
          row.candidateId,
          sealed.keyId,
          sealed.sealed,
          sealed.l68Index,
        ]);
      }
      return rows.length;
    });
    if (done === 0) return progress;
    progress.resealed += done;
    onBatch?.(progress);
  }
}

/** How many rows each key seals: an old key may leave DATA_KEYS when it seals none. */
export function candidateSensitiveRowsByKey(
  dataSource: DataSource,
): Promise<Array<{ keyId: string; rows: number }>> {
  return dataSource.query(ROWS_BY_KEY_SQL);
}
