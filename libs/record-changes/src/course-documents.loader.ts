import type { CourseDocument } from '#libs/search';
import type { EntityManager } from 'typeorm';
import { COURSE_DOCUMENTS_SQL } from './course-documents.sql.js';

interface CourseRow {
  id: string;
  organisation_id: string;
  kind: CourseDocument['kind'];
  title: string;
  summary: string;
  provider: string | null;
  municipality_code: string | null;
  municipality_name: string | null;
  cefr_level: CourseDocument['cefrLevel'];
  starts_on: string | null;
  ends_on: string | null;
  lat: number | null;
  lng: number | null;
}

/** The bulletin's courses, policies and services; archived or ended ones leave the index. */
export async function loadCourseDocuments(
  ids: readonly string[],
  manager: EntityManager,
): Promise<Map<string, CourseDocument | null>> {
  const rows: CourseRow[] = await manager.query(COURSE_DOCUMENTS_SQL, [ids]);
  const documents = new Map<string, CourseDocument | null>(ids.map((id) => [id, null]));
  for (const row of rows) {
    documents.set(row.id, {
      id: row.id,
      organisationId: row.organisation_id,
      kind: row.kind,
      title: row.title,
      description: row.summary,
      provider: row.provider,
      municipalityCode: row.municipality_code,
      municipalityName: row.municipality_name,
      cefrLevel: row.cefr_level,
      startsOn: row.starts_on,
      endsOn: row.ends_on,
      location: row.lat === null || row.lng === null ? null : { lat: row.lat, lng: row.lng },
    });
  }
  return documents;
}
