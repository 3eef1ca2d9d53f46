import { CONTRACT_TYPES, type ContractType } from '#libs/kernel';
import type { IndexedDocument, VacancyDocument } from '#libs/search';
import type { EntityManager } from 'typeorm';
import { VACANCY_DOCUMENTS_SQL } from './vacancy-documents.sql.js';

interface VacancyRow {
  id: string;
  organisation_id: string;
  visible_to: string[];
  title: string;
  description: string;
  occupation_code: string | null;
  occupation_label: string | null;
  occupation_text: string | null;
  synonyms: string[] | null;
  skills: Array<{ label: string }>;
  company_name: string;
  municipality_code: string;
  municipality_name: string;
  province_code: string;
  contract_type: ContractType;
  km_zero: boolean;
  reserved_l68: VacancyDocument['reservedL68'];
  min_italian_level: VacancyDocument['minItalianLevel'];
  published_at: string;
  expires_at: string | null;
  status: string;
  site_lat: number;
  site_lng: number;
}

/**
 * The vacancies index holds open offers only: a vacancy that is closed, archived, expired or of an
 * archived company is `null` here, so the sync removes it from the index.
 */
export async function loadVacancyDocuments(
  ids: readonly string[],
  manager: EntityManager,
): Promise<Map<string, IndexedDocument<'vacancies'> | null>> {
  const rows: VacancyRow[] = await manager.query(VACANCY_DOCUMENTS_SQL, [ids]);
  const documents = new Map<string, IndexedDocument<'vacancies'> | null>(
    ids.map((id) => [id, null]),
  );
  for (const row of rows) {
    documents.set(row.id, {
      id: row.id,
      organisationId: row.organisation_id,
      visibleTo: row.visible_to,
      title: row.title,
      description: row.description,
      occupationCode: row.occupation_code,
      occupationLabel: row.occupation_label ?? row.occupation_text,
      occupationSynonyms: row.synonyms ?? [],
      skills: row.skills.map((skill) => skill.label),
      companyName: row.company_name,
      municipalityCode: row.municipality_code,
      municipalityName: row.municipality_name,
      provinceCode: row.province_code,
      contractType: row.contract_type,
      contractLabel: CONTRACT_TYPES[row.contract_type] ?? row.contract_type,
      kmZero: row.km_zero,
      reservedL68: row.reserved_l68,
      minItalianLevel: row.min_italian_level,
      publishedAt: row.published_at,
      expiresAt: row.expires_at,
      status: row.status,
      location: { lat: row.site_lat, lng: row.site_lng },
    });
  }
  return documents;
}
