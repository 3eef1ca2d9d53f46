import type { NormalisedQuery } from '../search-query.normaliser.js';
import { dayField, epochDay } from './meilisearch-documents.js';

/** A value inside double quotes, with Meilisearch's escapes: nothing typed can close the string. */
export function quote(value: string): string {
  return `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

/** The organisation's own documents and those shared with it (visibleTo). */
export function organisationFilter(organisationId: string): string {
  return `(organisationId = ${quote(organisationId)} OR visibleTo = ${quote(organisationId)})`;
}

/**
 * The filter expressions, combined with AND by Meilisearch. The organisation comes first and always:
 * it is added here, on the server side, never taken from what a browser sends.
 */
export function buildFilter(query: NormalisedQuery): string[] {
  const filter = [organisationFilter(query.organisationId)];
  for (const { field, values } of query.valueFilters) {
    filter.push(
      values.length === 1
        ? `${field} = ${quote(values[0])}`
        : `${field} IN [${values.map(quote).join(', ')}]`,
    );
  }
  for (const { field, from, to } of query.rangeFilters) {
    if (from) filter.push(`${dayField(field)} >= ${epochDay(from)}`);
    if (to) filter.push(`${dayField(field)} <= ${epochDay(to)}`);
  }
  if (query.near) {
    const { lat, lng, radiusKm } = query.near;
    filter.push(`_geoRadius(${lat}, ${lng}, ${Math.round(radiusKm * 1000)})`);
  }
  return filter;
}
