import type { GeoPoint } from '#libs/kernel';
import type { OrganisationId } from '#libs/platform';
import type { DateField, FacetField, SortField } from './index-schemas.js';
import type { IsoDate, SearchDocument, SearchIndexName } from './search-documents.types.js';

export type FacetValue = string | boolean;

/** Inclusive bounds; a document whose date is empty never falls inside a range. */
export interface DateRange {
  from?: IsoDate;
  to?: IsoDate;
}

/**
 * Filters combined with AND. A facet field takes one value (equality) or a list (any of them);
 * a date field takes a range.
 */
export type SearchFilters<I extends SearchIndexName> = {
  [F in FacetField<I>]?: FacetValue | readonly FacetValue[];
} & { [F in DateField<I>]?: DateRange };

export interface NearPoint extends GeoPoint {
  radiusKm: number;
}

/**
 * `relevance` orders by how well the text matches (or by the index's natural order when nothing was
 * typed: newest vacancies, soonest courses, names A-Z); `distance` needs `near`.
 */
export type SearchSort<I extends SearchIndexName> =
  'relevance' | 'distance' | `${SortField<I>}:asc` | `${SortField<I>}:desc`;

export interface SearchQuery<I extends SearchIndexName> {
  /** Mandatory on every index: a search only ever sees the organisation's own records. */
  organisationId: OrganisationId;
  /** What the user typed; empty lists everything that passes the filters. */
  q?: string;
  filters?: SearchFilters<I>;
  /** Facet fields whose value counts are wanted, computed over all matching documents. */
  facets?: readonly FacetField<I>[];
  /** Only documents within `radiusKm` of the point. */
  near?: NearPoint;
  sort?: SearchSort<I>;
  /** From 1. */
  page?: number;
  /** 1 to 100, 20 when omitted. */
  pageSize?: number;
}

export interface SearchHit<I extends SearchIndexName> {
  document: SearchDocument<I>;
  /** The words of the document that matched the query, lower-case, in order of appearance. */
  matchedTerms: string[];
  /** Present when the query had `near`. */
  distanceKm?: number;
}

export interface SearchResult<I extends SearchIndexName> {
  hits: SearchHit<I>[];
  /** Every matching document, not only this page. */
  total: number;
  /** For each requested facet, how many matching documents have each value. */
  facets: Partial<Record<FacetField<I>, Record<string, number>>>;
  page: number;
  pageSize: number;
}
