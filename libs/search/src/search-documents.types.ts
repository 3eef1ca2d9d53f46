import type { CefrLevel, ContractType, GeoPoint, IsoDate, L68Category } from '#libs/kernel';

/**
 * The indexes of the search layer. Every document belongs to one organisation and every search is
 * filtered by it: a record is visible only to the staff of the organisation that owns it, and of the
 * organisations it is shared with (`visibleTo`: vacancies published to a network).
 */
export const SEARCH_INDEXES = ['vacancies', 'companies', 'courses', 'candidates'] as const;
export type SearchIndexName = (typeof SEARCH_INDEXES)[number];

/** A calendar date, `YYYY-MM-DD`. */
export type { IsoDate };

interface OwnedDocument {
  /** The record's uuid, the document key. */
  id: string;
  organisationId: string;
}

/**
 * What an index keeps beside a document: the other organisations that see the record too (a
 * vacancy published to their networks). Filtered on, never returned in a result.
 */
export interface SharedWith {
  visibleTo?: string[];
}

/** A document as it is handed to the index, with whom else it is shared. */
export type IndexedDocument<I extends SearchIndexName> = SearchDocument<I> & SharedWith;

/** An open vacancy, as tutors search for it. */
export interface VacancyDocument extends OwnedDocument {
  title: string;
  /** The free text of the offer; shifts like "notte" or "weekend" are often only here. */
  description?: string;
  occupationCode: string | null;
  occupationLabel: string | null;
  occupationSynonyms: string[];
  skills: string[];
  companyName: string;
  municipalityCode: string;
  municipalityName: string;
  provinceCode: string;
  contractType: ContractType;
  contractLabel: string;
  kmZero: boolean;
  /** Whether the position is reserved under Law 68 and for which category: a property of the vacancy. */
  reservedL68: L68Category | null;
  minItalianLevel: CefrLevel;
  publishedAt: IsoDate;
  expiresAt: IsoDate | null;
  status: string;
  location: GeoPoint;
}

/** Where a company stands with its Law 68 obligation, as consultants filter for it. */
export type CompanyL68Status = 'NOT_OBLIGED' | 'COVERED' | 'UNCOVERED' | 'UNKNOWN';

/** A company record, for consultants. */
export interface CompanyDocument extends OwnedDocument {
  name: string;
  vatNumber: string;
  atecoCode: string | null;
  atecoLabel: string | null;
  municipalityCode: string | null;
  municipalityName: string | null;
  provinceCode: string | null;
  l68Status: CompanyL68Status;
  kmZero: boolean;
  location: GeoPoint | null;
}

export const COURSE_KINDS = [
  'TRAINING',
  'ACTIVE_POLICY',
  'ITALIAN_COURSE',
  'USEFUL_SERVICE',
] as const;
export type CourseKind = (typeof COURSE_KINDS)[number];

/** A training course, active labour policy, Italian course or useful service (the bulletin's sections). */
export interface CourseDocument extends OwnedDocument {
  kind: CourseKind;
  title: string;
  description: string;
  provider: string | null;
  municipalityCode: string | null;
  municipalityName: string | null;
  cefrLevel: CefrLevel | null;
  startsOn: IsoDate | null;
  endsOn: IsoDate | null;
  location: GeoPoint | null;
}

/**
 * A person in charge, searchable only by the staff of their own organisation and never by companies.
 * Only these fields: target groups, disability, health, justice, asylum, violence, referral, contacts
 * and the home address are never indexed.
 */
export interface CandidateDocument extends OwnedDocument {
  fullName: string;
  municipalityCode: string;
  municipalityName: string;
  italianLevel: CefrLevel;
  skills: string[];
  occupations: string[];
}

export interface SearchDocuments {
  vacancies: VacancyDocument;
  companies: CompanyDocument;
  courses: CourseDocument;
  candidates: CandidateDocument;
}

export type SearchDocument<I extends SearchIndexName> = SearchDocuments[I];
