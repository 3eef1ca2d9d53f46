import type { Hit } from 'meilisearch';
import { indexSchema } from '../index-schemas.js';
import { markedWords } from '../matched-terms.js';
import type { SearchDocument, SearchIndexName } from '../search-documents.types.js';
import {
  documentLocation,
  projectDocument,
  sortKey,
  visibleTo,
} from '../search-document.projection.js';

/** Fields the adapter adds for Meilisearch's sake; they never leave the adapter. */
export const SORT_KEY_FIELD = 'sortKey';
/** The other organisations that see a document; filtered on, stripped from hits by the projection. */
export const VISIBLE_TO_FIELD = 'visibleTo';
/** Meilisearch compares numbers only, so each date is also stored as days since 1970-01-01. */
export const dayField = (field: string) => `${field}Day`;

export type MeiliDocument = Record<string, unknown>;

export function epochDay(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000);
}

export function toMeiliDocument<I extends SearchIndexName>(
  index: I,
  input: SearchDocument<I>,
): MeiliDocument {
  const document = { ...projectDocument(index, input) } as unknown as MeiliDocument;
  const schema = indexSchema(index);
  document[SORT_KEY_FIELD] = sortKey(index, input);
  document[VISIBLE_TO_FIELD] = visibleTo(input);
  for (const field of schema.dates) {
    const value = document[field];
    document[dayField(field)] = typeof value === 'string' ? epochDay(value) : null;
  }
  const location = documentLocation(document);
  if (location) document._geo = { lat: location.lat, lng: location.lng };
  return document;
}

export function fromMeiliHit<I extends SearchIndexName>(
  index: I,
  hit: Hit<MeiliDocument>,
): { document: SearchDocument<I>; matchedTerms: string[] } {
  const formatted = (hit._formatted ?? {}) as MeiliDocument;
  const texts = indexSchema(index).searchable.flatMap(({ field }) => {
    const value = formatted[field];
    return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];
  });
  return {
    document: projectDocument(index, hit as unknown as SearchDocument<I>),
    matchedTerms: markedWords(texts),
  };
}
