import type { CandidateDocument } from '#libs/search';
import type { EntityManager } from 'typeorm';

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
  const rows: CandidateRow[] = await manager.query(
    `SELECT c.id, c.organisation_id, c.first_name || ' ' || c.last_name AS full_name,
            c.home_municipality_code AS municipality_code, m.name AS municipality_name, c.italian_level,
            c.skills, c.experiences,
            (SELECT array_agg(coalesce(o.label, p)) FROM unnest(c.preferred_occupations) p
               LEFT JOIN taxonomy_concepts o ON o.kind = 'OCCUPATION' AND o.code = p) AS preferred
       FROM candidates c JOIN municipalities m ON m.istat_code = c.home_municipality_code
      WHERE c.id = ANY($1::uuid[]) AND c.archived_at IS NULL AND c.erased_at IS NULL`,
    [ids],
  );
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
