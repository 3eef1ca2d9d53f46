import type { CompanyDocument, CompanyL68Status } from '#libs/search';
import type { EntityManager } from 'typeorm';

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
  const rows: CompanyRow[] = await manager.query(
    `SELECT c.id, c.organisation_id, c.name, c.vat_number, c.ateco_code, c.km_zero,
            s.municipality_code, m.name AS municipality_name, m.province_code, s.lat, s.lng,
            CASE WHEN p.company_id IS NULL THEN 'UNKNOWN'
                 WHEN p.band = 'NOT_OBLIGED' THEN 'NOT_OBLIGED'
                 WHEN p.uncovered_disabled + p.uncovered_art18 > 0 THEN 'UNCOVERED'
                 ELSE 'COVERED' END AS l68_status
       FROM companies c
       LEFT JOIN LATERAL (SELECT * FROM company_sites cs WHERE cs.company_id = c.id
                           ORDER BY cs.legal_seat DESC, cs.name, cs.id LIMIT 1) s ON true
       LEFT JOIN municipalities m ON m.istat_code = s.municipality_code
       LEFT JOIN law68_positions p ON p.company_id = c.id
      WHERE c.id = ANY($1::uuid[]) AND c.archived_at IS NULL`,
    [ids],
  );
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
