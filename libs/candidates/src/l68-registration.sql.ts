import { INDEX_KEY_SETTING } from '#libs/platform';
import { L68_CATEGORY_CODES, type L68Category } from '#libs/kernel';

/**
 * The Law 68 registration is in candidate_sensitive only as a keyed blind index,
 * HMAC-SHA256(index key, "<candidate id>:l68:<category or NONE>"): every row has one, so a dump
 * tells neither who is registered nor for what. SQL recomputes the HMAC with pgcrypto under the index
 * key of the row's key id, which each connection carries as a setting (DataCipher.indexKeySettings).
 * Cost: one HMAC per row tested, only where a query asks about the registration.
 */
export function l68IndexValue(candidateId: string, category: L68Category | null): string {
  return `${candidateId}:l68:${category ?? 'NONE'}`;
}

const indexKey = (s: string) =>
  `decode(current_setting('${INDEX_KEY_SETTING}' || ${s}.key_id), 'hex')`;

/** True when the candidate_sensitive row `s` of `candidateId` is registered for `category` (SQL text). */
export function l68RegisteredForSql(s: string, candidateId: string, category: string): string {
  return `${s}.l68_index = public.hmac(convert_to(${candidateId}::text || ':l68:' || ${category}, 'UTF8'), ${indexKey(s)}, 'sha256')`;
}

/** The Law 68 category of the candidate_sensitive row `s` of `candidateId`, or NULL (SQL text). */
export function l68CategorySql(s: string, candidateId: string): string {
  const cases = L68_CATEGORY_CODES.map(
    (code) => `WHEN ${l68RegisteredForSql(s, candidateId, `'${code}'`)} THEN '${code}'`,
  );
  return `(CASE ${cases.join(' ')} END)`;
}
