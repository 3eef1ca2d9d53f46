import type { Settings } from 'meilisearch';
import { indexSchema } from '../index-schemas.js';
import { meilisearchSynonyms } from '../italian/italian-synonyms.js';
import { TYPO_TOLERANCE } from '../italian/typo-tolerance.js';
import type { SearchIndexName } from '../search-documents.types.js';
import { MAX_RESULT_WINDOW } from '../search-query.normaliser.js';
import { dayField, SORT_KEY_FIELD, VISIBLE_TO_FIELD } from './meilisearch-documents.js';

/**
 * The settings of an index, from its schema and the shared Italian analysis. `sort` ranks first so
 * that an explicit order ("newest first", "nearest first") is the order the user gets, as on
 * PostgreSQL; without a sort, Meilisearch's usual relevance rules apply, and two custom rules break
 * ties. The synonyms carry the synonym groups and the word families (italian-word-families.ts).
 */
export function desiredSettings(index: SearchIndexName): Settings {
  const schema = indexSchema(index);
  const searchable = schema.searchable.map(({ field }) => field);
  return {
    searchableAttributes: searchable,
    filterableAttributes: [
      'organisationId',
      VISIBLE_TO_FIELD,
      ...schema.facets,
      ...schema.dates.map(dayField),
      ...(schema.geo ? ['_geo'] : []),
    ],
    sortableAttributes: [SORT_KEY_FIELD, ...(schema.geo ? ['_geo'] : [])],
    rankingRules: [
      'sort',
      'words',
      'typo',
      'proximity',
      'attribute',
      'exactness',
      // Equal scores keep one order, as on PostgreSQL: the natural order, then the id.
      `${SORT_KEY_FIELD}:${schema.defaultDirection}`,
      'id:asc',
    ],
    // Stop words are indexed: the adapter leaves them out of a query that has other words
    // (withoutStopWords), and a query made only of them ("perché") finds the text that says it.
    stopWords: [],
    synonyms: meilisearchSynonyms(),
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: { oneTypo: TYPO_TOLERANCE.oneTypo, twoTypos: TYPO_TOLERANCE.twoTypos },
    },
    localizedAttributes: [{ attributePatterns: searchable, locales: ['ita'] }],
    faceting: { maxValuesPerFacet: 200 },
    pagination: { maxTotalHits: MAX_RESULT_WINDOW },
  };
}

/** Settings whose lists are sets: their order means nothing and Meilisearch may return them sorted. */
const UNORDERED: ReadonlySet<string> = new Set([
  'filterableAttributes',
  'sortableAttributes',
  'stopWords',
  'synonyms',
]);
/** Settings of which only the keys we set are compared; the server fills in the rest. */
const PARTIAL: ReadonlySet<string> = new Set(['typoTolerance', 'faceting', 'pagination']);

/** The settings that must be sent because the server's differ from ours; empty when all agree. */
export function settingsToUpdate(desired: Settings, current: Settings): Settings {
  const update: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(desired)) {
    const actual = (current as Record<string, unknown>)[key];
    const shaped = PARTIAL.has(key) ? pickLike(value, actual) : actual;
    if (canonical(key, value) !== canonical(key, shaped)) update[key] = value;
  }
  return update as Settings;
}

function pickLike(template: unknown, value: unknown): unknown {
  if (!isRecord(template) || !isRecord(value)) return value;
  return Object.fromEntries(
    Object.keys(template).map((key) => [key, pickLike(template[key], value[key])]),
  );
}

function canonical(key: string, value: unknown): string {
  return JSON.stringify(normalise(value, UNORDERED.has(key)));
}

function normalise(value: unknown, unordered: boolean): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item) => normalise(item, unordered));
    return unordered ? items.map((item) => JSON.stringify(item)).sort() : items;
  }
  if (isRecord(value)) {
    return Object.keys(value)
      .sort()
      .map((key) => [key, normalise(value[key], unordered)]);
  }
  return value ?? null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
