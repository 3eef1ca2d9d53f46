import { isIsoDate } from '#libs/kernel';
import type { FieldProblem } from '#libs/platform';
import { indexSchema } from './index-schemas.js';
import type { SearchIndexName } from './search-documents.types.js';
import type { NearPoint, SearchQuery } from './search-query.types.js';
import { SearchError } from './search.error.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
/** Deepest reachable result; Meilisearch's `maxTotalHits` is set to the same figure. */
export const MAX_RESULT_WINDOW = 10_000;
const MAX_QUERY_LENGTH = 200;
const MAX_RADIUS_KM = 500;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type NormalisedSort =
  { kind: 'relevance' } | { kind: 'distance' } | { kind: 'field'; direction: 'asc' | 'desc' };

/** A query checked against its index, in the plain shape both adapters translate. */
export interface NormalisedQuery {
  organisationId: string;
  text: string;
  /** Facet filters: the field's value (booleans as "true"/"false") must be one of `values`. */
  valueFilters: { field: string; values: string[] }[];
  rangeFilters: { field: string; from?: string; to?: string }[];
  facets: string[];
  near?: NearPoint;
  sort: NormalisedSort;
  page: number;
  pageSize: number;
  /** A filter asked for a value among none: nothing can match, the backend need not be asked. */
  matchesNothing: boolean;
}

/**
 * Validates a query against the index's schema. Controllers validate their DTOs too; this is the
 * port's own guard, so that both adapters reject the same queries with the same problems.
 */
export function normaliseQuery<I extends SearchIndexName>(
  index: I,
  query: SearchQuery<I>,
): NormalisedQuery {
  const schema = indexSchema(index);
  const problems: FieldProblem[] = [];
  const fail = (field: string, message: string) => problems.push({ field, message });

  if (!UUID.test(query.organisationId ?? '')) fail('organisationId', 'Organizzazione mancante.');
  const text = (query.q ?? '').trim();
  if (text.length > MAX_QUERY_LENGTH) fail('q', `Al massimo ${MAX_QUERY_LENGTH} caratteri.`);

  const valueFilters: NormalisedQuery['valueFilters'] = [];
  const rangeFilters: NormalisedQuery['rangeFilters'] = [];
  const filters: Record<string, unknown> = query.filters ?? {};
  for (const [field, value] of Object.entries(filters)) {
    if (value === undefined) continue;
    if ((schema.facets as readonly string[]).includes(field)) {
      const values = (Array.isArray(value) ? value : [value]) as unknown[];
      if (values.some((v) => typeof v !== 'string' && typeof v !== 'boolean')) {
        fail(`filters.${field}`, 'Valore non valido.');
      }
      valueFilters.push({ field, values: values.map(String) });
    } else if ((schema.dates as readonly string[]).includes(field)) {
      const { from, to } = value as { from?: unknown; to?: unknown };
      for (const [bound, date] of [
        ['from', from],
        ['to', to],
      ] as const) {
        if (date !== undefined && !isIsoDate(date)) {
          fail(`filters.${field}.${bound}`, 'Data non valida (AAAA-MM-GG).');
        }
      }
      rangeFilters.push({ field, from: from as string | undefined, to: to as string | undefined });
    } else {
      fail(`filters.${field}`, 'Filtro non disponibile per questa ricerca.');
    }
  }

  const facets = [...new Set<string>(query.facets ?? [])];
  for (const facet of facets) {
    if (!(schema.facets as readonly string[]).includes(facet)) {
      fail('facets', `Il campo ${facet} non è disponibile come filtro.`);
    }
  }

  const near = query.near;
  if (near) {
    const valid =
      Number.isFinite(near.lat) &&
      Math.abs(near.lat) <= 90 &&
      Number.isFinite(near.lng) &&
      Math.abs(near.lng) <= 180 &&
      Number.isFinite(near.radiusKm) &&
      near.radiusKm > 0 &&
      near.radiusKm <= MAX_RADIUS_KM;
    if (!valid) fail('near', `Punto o raggio non valido (raggio fino a ${MAX_RADIUS_KM} km).`);
    if (!schema.geo) fail('near', 'Questa ricerca non supporta la distanza.');
  }

  const sort = parseSort(query.sort ?? 'relevance', schema.sortField, fail);
  if (sort.kind === 'distance' && !near) fail('sort', 'Per ordinare per distanza serve un punto.');

  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(page) || page < 1) fail('page', 'Deve essere un intero da 1.');
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    fail('pageSize', `Deve essere un intero da 1 a ${MAX_PAGE_SIZE}.`);
  } else if (page * pageSize > MAX_RESULT_WINDOW) {
    fail('page', `Si possono sfogliare al massimo ${MAX_RESULT_WINDOW} risultati.`);
  }

  if (problems.length > 0) throw SearchError.invalidQuery(problems);
  return {
    organisationId: query.organisationId.toLowerCase(),
    text,
    valueFilters,
    rangeFilters,
    facets,
    near,
    sort,
    page,
    pageSize,
    matchesNothing: valueFilters.some((filter) => filter.values.length === 0),
  };
}

function parseSort(
  sort: string,
  sortField: string,
  fail: (field: string, message: string) => void,
): NormalisedSort {
  if (sort === 'relevance' || sort === 'distance') return { kind: sort };
  if (sort === `${sortField}:asc`) return { kind: 'field', direction: 'asc' };
  if (sort === `${sortField}:desc`) return { kind: 'field', direction: 'desc' };
  fail('sort', 'Ordinamento non disponibile per questa ricerca.');
  return { kind: 'relevance' };
}
