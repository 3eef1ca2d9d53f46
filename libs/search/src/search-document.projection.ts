import { distanceKm, type GeoPoint } from '#libs/kernel';
import { type FieldWeight, indexSchema } from './index-schemas.js';
import type { SearchDocument, SearchIndexName, SharedWith } from './search-documents.types.js';
import { tokenize } from './italian/italian-text.js';

type Fields = Record<string, unknown>;

/**
 * Only the fields the index declares, whatever the caller passed: a builder that hands over more than
 * a document (a whole entity, a sensitive column) cannot make it searchable or visible.
 */
export function projectDocument<I extends SearchIndexName>(
  index: I,
  document: SearchDocument<I>,
): SearchDocument<I> {
  const source = document as unknown as Fields;
  const projected: Fields = {};
  for (const field of Object.keys(indexSchema(index).fields)) {
    if (source[field] !== undefined) projected[field] = source[field];
  }
  // uuids in one spelling, so that the organisation filter compares like with like.
  projected.id = String(source.id).toLowerCase();
  projected.organisationId = String(source.organisationId).toLowerCase();
  return projected as unknown as SearchDocument<I>;
}

/** The other organisations that see the document, lower-cased like the owner (see projectDocument). */
export function visibleTo(document: object): string[] {
  const shared = (document as SharedWith).visibleTo ?? [];
  return [...new Set(shared.map((id) => id.toLowerCase()))].sort();
}

/** The text of each searchable field, with its weight; lists are joined. */
export function searchableTexts<I extends SearchIndexName>(
  index: I,
  document: SearchDocument<I>,
): { field: string; weight: FieldWeight; text: string }[] {
  const source = document as unknown as Fields;
  return indexSchema(index).searchable.map(({ field, weight }) => {
    const value = source[field];
    const text = Array.isArray(value) ? value.join(', ') : value == null ? '' : String(value);
    return { field, weight, text };
  });
}

/** The document's value for a facet, as text ("true"/"false" for booleans); null when empty. */
export function facetValue(document: object, field: string): string | null {
  const value = (document as Fields)[field];
  return value === null || value === undefined || value === '' ? null : String(value);
}

/**
 * The value `sort` orders by: ISO dates as they are (they sort as text), names folded to lower case
 * without accents so that "Àlvaro" sits with the A's on both backends.
 */
export function sortKey<I extends SearchIndexName>(
  index: I,
  document: SearchDocument<I>,
): string | null {
  const schema = indexSchema(index);
  const value = (document as unknown as Fields)[schema.sortField];
  if (typeof value !== 'string' || value === '') return null;
  return schema.dates.includes(schema.sortField) ? value : tokenize(value).join(' ');
}

export function documentLocation(document: object): GeoPoint | null {
  const location = (document as Fields).location as GeoPoint | null | undefined;
  return location && Number.isFinite(location.lat) && Number.isFinite(location.lng)
    ? location
    : null;
}

/** Reported with two decimals, computed the same way whatever the backend. */
export function hitDistanceKm(document: object, near: GeoPoint | undefined): number | undefined {
  const location = documentLocation(document);
  if (!near || !location) return undefined;
  return Math.round(distanceKm(near, location) * 100) / 100;
}
