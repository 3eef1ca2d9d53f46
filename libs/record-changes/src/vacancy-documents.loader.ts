import { CONTRACT_TYPES, type ContractType } from '#libs/kernel';
import type { VacancyDocument } from '#libs/search';
import { openVacancySql } from '#libs/vacancies';
import type { EntityManager } from 'typeorm';

interface VacancyRow {
  id: string;
  organisation_id: string;
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
): Promise<Map<string, VacancyDocument | null>> {
  const rows: VacancyRow[] = await manager.query(
    `SELECT v.id, v.organisation_id, v.title, v.description, v.occupation_code, o.label AS occupation_label,
            v.occupation_text, (SELECT array_agg(t.term ORDER BY t.term) FROM taxonomy_terms t
              WHERE t.kind = 'OCCUPATION' AND t.code = v.occupation_code) AS synonyms,
            v.required_skills AS skills, c.name AS company_name, v.municipality_code, m.name AS municipality_name,
            m.province_code, v.contract_type, v.km_zero, v.reserved_l68, v.min_italian_level,
            to_char(v.published_at, 'YYYY-MM-DD') AS published_at, to_char(v.expires_at, 'YYYY-MM-DD') AS expires_at,
            v.status, v.site_lat, v.site_lng
       FROM vacancies v
       JOIN companies c ON c.id = v.company_id AND c.archived_at IS NULL
       JOIN municipalities m ON m.istat_code = v.municipality_code
       LEFT JOIN taxonomy_concepts o ON o.kind = 'OCCUPATION' AND o.code = v.occupation_code
      WHERE v.id = ANY($1::uuid[])
        AND ${openVacancySql('v', "(now() AT TIME ZONE 'Europe/Rome')::date")}`,
    [ids],
  );
  const documents = new Map<string, VacancyDocument | null>(ids.map((id) => [id, null]));
  for (const row of rows) {
    documents.set(row.id, {
      id: row.id,
      organisationId: row.organisation_id,
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
