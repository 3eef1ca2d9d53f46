import type { SearchDocumentLoaders, SearchIndexName } from '#libs/search';
import { loadCandidateDocuments } from './candidate-documents.loader.js';
import { loadCompanyDocuments } from './company-documents.loader.js';
import { loadCourseDocuments } from './course-documents.loader.js';
import { loadVacancyDocuments } from './vacancy-documents.loader.js';

/** How the sync reads the current document of each index from PostgreSQL, the source of truth. */
export const SEARCH_DOCUMENT_LOADERS: SearchDocumentLoaders = {
  vacancies: loadVacancyDocuments,
  companies: loadCompanyDocuments,
  candidates: loadCandidateDocuments,
  courses: loadCourseDocuments,
};

/** Every id of an index's source table, for the reconciliation and `reindex`. */
export const SOURCE_TABLES: Record<SearchIndexName, string> = {
  vacancies: 'vacancies',
  companies: 'companies',
  candidates: 'candidates',
  courses: 'bulletin_contents',
};
