import type {
  CandidateDocument,
  CompanyDocument,
  CourseDocument,
  SearchDocuments,
  SearchIndexName,
  VacancyDocument,
} from './search-documents.types.js';

/** How much a text field counts for relevance, A the most (PostgreSQL's tsvector weights). */
export type FieldWeight = 'A' | 'B' | 'C' | 'D';

type Field<D> = keyof D & string;

export interface IndexSchema<D> {
  /**
   * Every field that may reach the index. Anything else a caller passes in is dropped, so a builder
   * that hands over a whole entity cannot leak a sensitive field into the index.
   */
  fields: Record<keyof D, true>;
  /** Text fields, the most important first (Meilisearch ranks attributes in this order). */
  searchable: readonly { field: Field<D>; weight: FieldWeight }[];
  /** Single-valued fields that can be filtered on by value and counted as facets. */
  facets: readonly Field<D>[];
  /** `YYYY-MM-DD` fields that can be filtered by range. */
  dates: readonly Field<D>[];
  /** The field `sort` may name, and how results are ordered when nothing was typed. */
  sortField: Field<D>;
  defaultDirection: 'asc' | 'desc';
  /** Whether documents carry a `location` for distance filters and sorting. */
  geo: boolean;
}

const vacancies = {
  fields: {
    id: true,
    organisationId: true,
    title: true,
    description: true,
    occupationCode: true,
    occupationLabel: true,
    occupationSynonyms: true,
    skills: true,
    companyName: true,
    municipalityCode: true,
    municipalityName: true,
    provinceCode: true,
    contractType: true,
    contractLabel: true,
    kmZero: true,
    reservedL68: true,
    minItalianLevel: true,
    publishedAt: true,
    expiresAt: true,
    status: true,
    location: true,
  },
  searchable: [
    { field: 'title', weight: 'A' },
    { field: 'occupationLabel', weight: 'A' },
    { field: 'occupationSynonyms', weight: 'B' },
    { field: 'skills', weight: 'B' },
    { field: 'companyName', weight: 'C' },
    { field: 'municipalityName', weight: 'C' },
    { field: 'contractLabel', weight: 'C' },
    { field: 'description', weight: 'D' },
  ],
  facets: [
    'occupationCode',
    'municipalityCode',
    'provinceCode',
    'contractType',
    'kmZero',
    'reservedL68',
    'minItalianLevel',
    'status',
  ],
  dates: ['publishedAt', 'expiresAt'],
  sortField: 'publishedAt',
  defaultDirection: 'desc',
  geo: true,
} as const satisfies IndexSchema<VacancyDocument>;

const companies = {
  fields: {
    id: true,
    organisationId: true,
    name: true,
    vatNumber: true,
    atecoCode: true,
    atecoLabel: true,
    municipalityCode: true,
    municipalityName: true,
    provinceCode: true,
    l68Status: true,
    kmZero: true,
    location: true,
  },
  searchable: [
    { field: 'name', weight: 'A' },
    { field: 'atecoLabel', weight: 'B' },
    { field: 'municipalityName', weight: 'C' },
    { field: 'vatNumber', weight: 'C' },
  ],
  facets: ['atecoCode', 'municipalityCode', 'provinceCode', 'l68Status', 'kmZero'],
  dates: [],
  sortField: 'name',
  defaultDirection: 'asc',
  geo: true,
} as const satisfies IndexSchema<CompanyDocument>;

const courses = {
  fields: {
    id: true,
    organisationId: true,
    kind: true,
    title: true,
    description: true,
    provider: true,
    municipalityCode: true,
    municipalityName: true,
    cefrLevel: true,
    startsOn: true,
    endsOn: true,
    location: true,
  },
  searchable: [
    { field: 'title', weight: 'A' },
    { field: 'provider', weight: 'B' },
    { field: 'municipalityName', weight: 'C' },
    { field: 'description', weight: 'D' },
  ],
  facets: ['kind', 'municipalityCode', 'cefrLevel'],
  dates: ['startsOn', 'endsOn'],
  sortField: 'startsOn',
  defaultDirection: 'asc',
  geo: true,
} as const satisfies IndexSchema<CourseDocument>;

const candidates = {
  fields: {
    id: true,
    organisationId: true,
    fullName: true,
    municipalityCode: true,
    municipalityName: true,
    italianLevel: true,
    skills: true,
    occupations: true,
  },
  searchable: [
    { field: 'fullName', weight: 'A' },
    { field: 'occupations', weight: 'B' },
    { field: 'skills', weight: 'B' },
    { field: 'municipalityName', weight: 'C' },
  ],
  facets: ['municipalityCode', 'italianLevel'],
  dates: [],
  sortField: 'fullName',
  defaultDirection: 'asc',
  geo: false,
} as const satisfies IndexSchema<CandidateDocument>;

/** What each index holds and how it can be queried; both backends build their indexes from this. */
export const INDEX_SCHEMAS = { vacancies, companies, courses, candidates } as const;

export type IndexSchemas = typeof INDEX_SCHEMAS;
export type FacetField<I extends SearchIndexName> = IndexSchemas[I]['facets'][number];
export type DateField<I extends SearchIndexName> = IndexSchemas[I]['dates'][number];
export type SortField<I extends SearchIndexName> = IndexSchemas[I]['sortField'];

/** The schema with its literal types widened, for code that handles every index alike. */
export function indexSchema<I extends SearchIndexName>(index: I): IndexSchema<SearchDocuments[I]> {
  return INDEX_SCHEMAS[index] as unknown as IndexSchema<SearchDocuments[I]>;
}
