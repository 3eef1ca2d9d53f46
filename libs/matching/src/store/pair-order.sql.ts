/**
 * The order of a stored list: best score first, equal scores by the pair's tie key, as the core
 * ranks them (domain/pair-order.rules.ts: md5 of "<candidate id>:<vacancy id>", byte order).
 */
export function pairOrderSql(alias: string): string {
  return `${alias}.score DESC, md5(${alias}.candidate_id::text || ':' || ${alias}.vacancy_id::text) COLLATE "C"`;
}
