import type { CompanyDocument, CompanyL68Status } from '#libs/search';
import type { EntityManager } from 'typeorm';
import { COMPANY_DOCUMENTS_SQL } from './company-documents.sql.js';

interface CompanyRow {
  id: string;
  organisation_id: string;
  name: string;
  vat_number: string;
  ateco_code: string | null;
  km_zero: boolean;
  municipality_code: string | null;
  municipality_name: string | null;
  province_code: string | null;
  lat: number | null;
  lng: number | null;
  l68_status: CompanyL68Status;
}

/** Companies for consultants: the legal seat (or first site) places them; archived ones leave the index. */
export async function loadCompanyDocuments(
  ids: readonly string[],
  manager: EntityManager,
): Promise<Map<string, CompanyDocument | null>> {
  const rows: CompanyRow[] = await manager.query(COMPANY_DOCUMENTS_SQL, [ids]);
  const documents = new Map<string, CompanyDocument | null>(ids.map((id) => [id, null]));
  for (const row of rows) {
    documents.set(row.id, {
      id: row.id,
      organisationId: row.organisation_id,
      name: row.name,
      vatNumber: row.vat_number,
      atecoCode: row.ateco_code,
      atecoLabel: null,
      municipalityCode: row.municipality_code,
      municipalityName: row.municipality_name,
      provinceCode: row.province_code,
      l68Status: row.l68_status,
      kmZero: row.km_zero,
      location: row.lat === null || row.lng === null ? null : { lat: row.lat, lng: row.lng },
    });
  }
  return documents;
}
