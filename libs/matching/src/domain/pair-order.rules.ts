import { createHash } from 'node:crypto';
import type { PossiblePair } from './match-result.types.js';

/**
 * The order of pairs with equal scores. Ordering them by id gave every equivalent person the same
 * vacancy on top (and every equivalent vacancy the same person): the tie is broken instead by a
 * stable hash of the pair, so each person's equal vacancies come in an order of their own, the same
 * on every run and machine, and equivalent vacancies top about as many lists each.
 *
 * The stored lists sort the same way in SQL (store/pair-order.sql.ts): md5 of
 * "<candidate id>:<vacancy id>" in lower-case hex, compared byte by byte.
 */
export function pairTieKey(candidateId: string, vacancyId: string): string {
  return createHash('md5').update(`${candidateId}:${vacancyId}`).digest('hex');
}

/** Best score first; equal scores by the pair's tie key. */
export function comparePairs(a: PossiblePair, b: PossiblePair): number {
  if (a.score !== b.score) return b.score - a.score;
  const keyA = pairTieKey(a.candidateId, a.vacancyId);
  const keyB = pairTieKey(b.candidateId, b.vacancyId);
  return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
}
