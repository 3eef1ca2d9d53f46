import type { ContractType } from '#libs/kernel';

/** What a reader may narrow a stored list by (issue 4: contract type, km zero, Law 68, distance). */
export interface StoredMatchQuery {
  limit: number;
  contractTypes?: ContractType[];
  kmZero?: boolean;
  /** Only vacancies reserved under Law 68. */
  law68?: boolean;
  maxDistanceKm?: number;
  /** Record this reading as the reader's visit (default true). */
  markSeen?: boolean;
}

/** SQL conditions on `m` (matches) for the filters, appending their parameters to `params`. */
export function storedMatchConditions(query: StoredMatchQuery, params: unknown[]): string {
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const parts: string[] = [];
  if (query.contractTypes?.length)
    parts.push(`m.contract_type = ANY(${p(query.contractTypes)}::text[])`);
  if (query.kmZero !== undefined) parts.push(`m.km_zero = ${p(query.kmZero)}`);
  if (query.law68 !== undefined)
    parts.push(query.law68 ? 'm.reserved_l68 IS NOT NULL' : 'm.reserved_l68 IS NULL');
  if (query.maxDistanceKm !== undefined) parts.push(`m.distance_km <= ${p(query.maxDistanceKm)}`);
  return parts.map((part) => ` AND ${part}`).join('');
}
