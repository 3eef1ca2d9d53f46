import { isStopWord, stripElisions, tokenize } from '../italian/italian-text.js';
import { type FieldWeight, indexSchema } from '../index-schemas.js';
import type { SearchDocument, SearchIndexName } from '../search-documents.types.js';
import { splitForIndex } from './postgres-lexemes.js';
import {
  documentLocation,
  facetValue,
  projectDocument,
  searchableTexts,
  sortKey,
  visibleTo,
} from '../search-document.projection.js';

/**
 * A document as the inserts read it (through jsonb_to_recordset): `document` and `search_text` go to
 * search_document_bodies, the rest to search_documents.
 */
export interface SearchRow {
  id: string;
  organisation_id: string;
  /** The other organisations that see the document. */
  visible_to: string[];
  document: object;
  /** Every searchable field, for ts_headline to find the matched words in. */
  search_text: string;
  /** The date fields, for range filters. */
  dates: Record<string, string | null>;
  /** The text of each weight for the Italian stemmer, without the words indexed exactly... */
  text_a: string;
  text_b: string;
  text_c: string;
  text_d: string;
  /** ...which are here, as tsvector literals (see splitForIndex). */
  exact_a: string;
  exact_b: string;
  exact_c: string;
  exact_d: string;
  /**
   * `field=value` for each facet of the index, in the schema's order (null where the document has
   * no value): one GIN index serves every filter, and counting a facet reads one array slot.
   */
  facet_values: (string | null)[];
  sort_key: string | null;
  lat: number | null;
  lng: number | null;
}

export function toSearchRow<I extends SearchIndexName>(
  index: I,
  input: SearchDocument<I>,
): SearchRow {
  const document = projectDocument(index, input);
  const texts = searchableTexts(index, document).map((entry) => ({
    ...entry,
    text: stripElisions(entry.text),
  }));
  const byWeight = (weight: FieldWeight) =>
    splitForIndex(
      texts
        .filter((entry) => entry.weight === weight)
        .map((entry) => entry.text)
        .join('\n'),
    );
  const [a, b, c, d] = (['A', 'B', 'C', 'D'] as const).map(byWeight);
  const location = documentLocation(document);
  return {
    id: document.id,
    organisation_id: document.organisationId,
    visible_to: visibleTo(input),
    document,
    search_text: texts
      .map((entry) => entry.text)
      .filter(Boolean)
      .join('\n'),
    text_a: a.stemmed,
    text_b: b.stemmed,
    text_c: c.stemmed,
    text_d: d.stemmed,
    exact_a: a.exact,
    exact_b: b.exact,
    exact_c: c.exact,
    exact_d: d.exact,
    facet_values: indexSchema(index).facets.map((field) => {
      const value = facetValue(document, field);
      return value === null ? null : `${field}=${value}`;
    }),
    dates: Object.fromEntries(
      indexSchema(index).dates.map((field) => [field, fieldValue(document, field)]),
    ),
    sort_key: sortKey(index, document),
    lat: location?.lat ?? null,
    lng: location?.lng ?? null,
  };
}

/**
 * The rows to write, one per id (the last wins), ordered by id: two writers that touch the same
 * documents then lock them in the same order and cannot deadlock.
 */
export function toSearchRows<I extends SearchIndexName>(
  index: I,
  documents: readonly SearchDocument<I>[],
): SearchRow[] {
  const rows = new Map<string, SearchRow>();
  for (const document of documents) {
    const row = toSearchRow(index, document);
    rows.set(row.id, row);
  }
  return [...rows.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function fieldValue(document: object, field: string): string | null {
  const value = (document as Record<string, unknown>)[field];
  return typeof value === 'string' ? value : null;
}

const MIN_TERM_LENGTH = 3;

/** The distinct words of the rows that a misspelt query word could be meant as, sorted. */
export function vocabularyOf(rows: readonly SearchRow[]): string[] {
  return vocabularyOfTexts(rows.map((row) => row.search_text));
}

/** The same, from the documents' search texts (as search_document_bodies keeps them). */
export function vocabularyOfTexts(texts: readonly string[]): string[] {
  const terms = new Set<string>();
  for (const text of texts) {
    for (const word of tokenize(text)) {
      if (word.length >= MIN_TERM_LENGTH && !isStopWord(word) && !/^\p{N}+$/u.test(word)) {
        terms.add(word);
      }
    }
  }
  return [...terms].sort();
}
