import type { DataSource } from 'typeorm';
import { SECTION_CODES } from '../domain/edition-sections.js';

export interface BenchSize {
  areas: number;
  vacancies: number;
  subscribers: number;
}

/**
 * Synthetic data for the bulletin benchmark, written with set-based SQL: one organisation, one
 * municipality per area (codes 9xxxxx, so they cannot clash with ISTAT's), companies, vacancies
 * spread over the areas and the last two months (a tenth km zero, a tenth already expired, a
 * twentieth closed), a few contents of each kind, and active subscribers split evenly over areas.
 */
export async function seedBulletinBench(db: DataSource, size: BenchSize): Promise<string> {
  const [{ id: organisationId }] = await db.query(
    `INSERT INTO organisations (name, kind) VALUES ('Consorzio benchmark', 'CONSORTIUM') RETURNING id`,
  );
  await db.query(
    `INSERT INTO municipalities (istat_code, name, province_code, province, region, lat, lng)
     SELECT lpad((900000 + n)::text, 6, '0'), 'Comune ' || n, 'MI', 'Milano', 'Lombardia',
            45.2 + (n % 10) * 0.08, 8.8 + (n / 10) * 0.1
       FROM generate_series(1, $1) AS n`,
    [size.areas],
  );
  const companies = Math.max(10, Math.round(size.vacancies / 50));
  await db.query(
    `WITH c AS (
       INSERT INTO companies (organisation_id, name, vat_number)
       SELECT $1, 'Azienda ' || n, lpad(n::text, 11, '0') FROM generate_series(1, $2) AS n
       RETURNING id, vat_number
     )
     INSERT INTO company_sites (company_id, organisation_id, name, address, municipality_code, lat, lng)
     SELECT c.id, $1, 'Sede', 'Via Roma 1', m.istat_code, m.lat, m.lng
       FROM c JOIN municipalities m
         ON m.istat_code = lpad((900000 + 1 + (c.vat_number::int % $3))::text, 6, '0')`,
    [organisationId, companies, size.areas],
  );
  await db.query(
    `INSERT INTO vacancies (organisation_id, company_id, site_id, title, min_italian_level,
        contract_type, source, status, published_at, expires_at, km_zero, municipality_code,
        site_lat, site_lng)
     SELECT $1, s.company_id, s.id, (ARRAY['Barista','Addetta alle pulizie','Magazziniere',
              'Aiuto cuoco','Assistente familiare','Commessa','Operaio','Lavapiatti'])[1 + n % 8]
              || ' ' || n,
            'A2', 'A.02.00', 'OPEN_MARKET', CASE WHEN n % 20 = 0 THEN 'CLOSED' ELSE 'OPEN' END,
            current_date - 1 - (n % 60), CASE WHEN n % 10 = 0 THEN current_date - 1 END,
            n % 10 = 5, s.municipality_code, s.lat, s.lng
       FROM generate_series(1, $2) AS n
       JOIN LATERAL (SELECT * FROM company_sites
                      WHERE organisation_id = $1 OFFSET (n % $3) LIMIT 1) s ON true`,
    [organisationId, size.vacancies, companies],
  );
  await db.query(
    `INSERT INTO bulletin_areas (organisation_id, slug, name, municipality_codes, sections)
     SELECT $1, 'area-' || n, 'Area ' || n, ARRAY[lpad((900000 + n)::text, 6, '0')]::char(6)[], $2
       FROM generate_series(1, $3) AS n`,
    [organisationId, [...SECTION_CODES], size.areas],
  );
  await db.query(
    `INSERT INTO bulletin_contents (organisation_id, kind, title, summary, provider, cefr_level, hours, enrol_by)
     SELECT $1, k, k || ' ' || n, 'Descrizione', 'Ente ' || n,
            CASE WHEN k = 'ITALIAN_COURSE' THEN 'A2' END, CASE WHEN k = 'ITALIAN_COURSE' THEN 60 END,
            current_date + 30
       FROM unnest(ARRAY['TRAINING','ACTIVE_POLICY','ITALIAN_COURSE','USEFUL_SERVICE']) AS k,
            generate_series(1, 5) AS n`,
    [organisationId],
  );
  await db.query(
    `INSERT INTO bulletin_subscribers (organisation_id, email, status, area_ids, sections, consent)
     SELECT $1, 'lettore-' || n || '@example.org', 'ACTIVE',
            ARRAY[(SELECT id FROM bulletin_areas WHERE slug = 'area-' || (1 + n % $3))], $4,
            jsonb_build_object('givenAt', now(), 'method', 'DOUBLE_OPT_IN_WEB', 'textVersion', '2026-11')
       FROM generate_series(1, $2) AS n`,
    [organisationId, size.subscribers, size.areas, [...SECTION_CODES]],
  );
  for (const table of [
    'vacancies',
    'companies',
    'company_sites',
    'bulletin_subscribers',
    'bulletin_areas',
  ]) {
    await db.query(`ANALYZE ${table}`);
  }
  return organisationId;
}
