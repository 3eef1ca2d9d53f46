import type { CandidateDocument } from '#libs/search';
import type { EntityManager } from 'typeorm';
import { CANDIDATE_DOCUMENTS_SQL } from './candidate-documents.sql.js';

interface CandidateRow {
  id: string;
  organisation_id: string;
  full_name: string;
  municipality_code: string;
  municipality_name: string;
  italian_level: CandidateDocument['italianLevel'];
  skills: Array<{ label: string }>;
  experiences: Array<{ occupationText: string }>;
  preferred: string[] | null;
}

/**
 * Candidates for their own organisation's staff. Only the ordinary columns are read: nothing of
 * candidate_sensitive, no contacts, no address. Archived and erased people leave the index.
 */
export async function loadCandidateDocuments(
  ids: readonly string[],
  manager: EntityManager,
): Promise<Map<string, CandidateDocument | null>> {
  const rows: CandidateRow[] = await manager.query(CANDIDATE_DOCUMENTS_SQL, [ids]);
  const documents = new Map<string, CandidateDocument | null>(ids.map((id) => [id, null]));
  for (const row of rows) {
    documents.set(row.id, {
      id: row.id,
      organisationId: row.organisation_id,
      fullName: row.full_name,
      municipalityCode: row.municipality_code,
      municipalityName: row.municipality_name,
      italianLevel: row.italian_level,
      skills: row.skills.map((skill) => skill.label),
      occupations: [
        ...new Set([...row.experiences.map((e) => e.occupationText), ...(row.preferred ?? [])]),
      ],
    });
  }
  return documents;
}
