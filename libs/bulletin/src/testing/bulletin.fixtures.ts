import { randomUUID } from 'node:crypto';
import { type OrganisationId, asOrganisationId } from '#libs/platform';
import type { DataSource } from 'typeorm';
import { SECTION_CODES, type SectionCode } from '../domain/edition-sections.js';

/** Rows for bulletin tests, written with SQL: the tests exercise the bulletin, not the other APIs. */

export const MILANO = { code: '015146', lat: 45.4669, lng: 9.19 };
/** Piazzale Loreto, at the heart of Municipio 2. */
export const MUNICIPIO_2 = { lat: 45.4858, lng: 9.2163 };

export async function seedOrganisation(db: DataSource, name = 'Cooperativa di prova') {
  const [row]: { id: string }[] = await db.query(
    `INSERT INTO organisations (name, kind) VALUES ($1, 'COOPERATIVE') RETURNING id`,
    [name],
  );
  return asOrganisationId(row.id);
}

export async function seedCompany(
  db: DataSource,
  organisationId: OrganisationId,
  name = 'Pulito Srl',
) {
  const [company]: { id: string }[] = await db.query(
    `INSERT INTO companies (organisation_id, name, vat_number) VALUES ($1, $2, $3) RETURNING id`,
    [organisationId, name, String(Math.floor(Math.random() * 1e11)).padStart(11, '0')],
  );
  const [site]: { id: string }[] = await db.query(
    `INSERT INTO company_sites (company_id, organisation_id, name, address, municipality_code, lat, lng)
     VALUES ($1, $2, 'Sede', 'Via Padova 1', $3, $4, $5) RETURNING id`,
    [company.id, organisationId, MILANO.code, MUNICIPIO_2.lat, MUNICIPIO_2.lng],
  );
  return { companyId: company.id, siteId: site.id };
}

export interface VacancySeed {
  title: string;
  publishedOn: string;
  expiresOn?: string | null;
  kmZero?: boolean;
  status?: 'DRAFT' | 'OPEN' | 'CLOSED' | 'FILLED';
  at?: { lat: number; lng: number };
}

export async function seedVacancy(
  db: DataSource,
  owner: { organisationId: OrganisationId; companyId: string; siteId: string },
  vacancy: VacancySeed,
): Promise<string> {
  const at = vacancy.at ?? MUNICIPIO_2;
  const [row]: { id: string }[] = await db.query(
    `INSERT INTO vacancies (organisation_id, company_id, site_id, title, min_italian_level,
        contract_type, source, status, published_at, expires_at, km_zero, municipality_code,
        site_lat, site_lng)
     VALUES ($1, $2, $3, $4, 'A2', 'A.02.00', 'OPEN_MARKET', $5, $6, $7, $8, $9, $10, $11)
     RETURNING id`,
    [
      owner.organisationId,
      owner.companyId,
      owner.siteId,
      vacancy.title,
      vacancy.status ?? 'OPEN',
      vacancy.publishedOn,
      vacancy.expiresOn ?? null,
      vacancy.kmZero ?? false,
      MILANO.code,
      at.lat,
      at.lng,
    ],
  );
  return row.id;
}

export async function seedArea(
  db: DataSource,
  organisationId: OrganisationId,
  options: { slug?: string; name?: string; autoSend?: boolean; sections?: SectionCode[] } = {},
): Promise<{ id: string; slug: string }> {
  const slug = options.slug ?? `area-${randomUUID().slice(0, 8)}`;
  const [row]: { id: string }[] = await db.query(
    `INSERT INTO bulletin_areas (organisation_id, slug, name, centre_lat, centre_lng, radius_km,
        sections, auto_send)
     VALUES ($1, $2, $3, $4, $5, 2.5, $6, $7) RETURNING id`,
    [
      organisationId,
      slug,
      options.name ?? 'Milano – Municipio 2',
      MUNICIPIO_2.lat,
      MUNICIPIO_2.lng,
      options.sections ?? [...SECTION_CODES],
      options.autoSend ?? false,
    ],
  );
  return { id: row.id, slug };
}

/** Active subscribers with a confirmed consent, as if they had used their confirmation link. */
export async function seedSubscribers(
  db: DataSource,
  organisationId: OrganisationId,
  areaIds: string[],
  emails: string[],
): Promise<string[]> {
  const rows: { id: string }[] = await db.query(
    `INSERT INTO bulletin_subscribers (organisation_id, email, status, area_ids, sections, consent)
     SELECT $1, e, 'ACTIVE', $2, $3, jsonb_build_object('givenAt', now(), 'method', 'DOUBLE_OPT_IN_WEB',
            'textVersion', '2026-11')
       FROM unnest($4::text[]) WITH ORDINALITY AS t(e, n) ORDER BY n
     RETURNING id`,
    [organisationId, areaIds, [...SECTION_CODES], emails],
  );
  return rows.map((row) => row.id);
}

export async function deliveryStatuses(db: DataSource, editionId: string) {
  const rows: { status: string; count: number }[] = await db.query(
    `SELECT status, count(*)::int AS count FROM bulletin_deliveries WHERE edition_id = $1 GROUP BY status`,
    [editionId],
  );
  return Object.fromEntries(rows.map((row) => [row.status, row.count])) as Record<string, number>;
}

/** Polls until `check` holds, or fails with what it last saw. */
export async function eventually<T>(
  read: () => Promise<T>,
  check: (value: T) => boolean,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!check(value)) {
    if (Date.now() > deadline) {
      throw new Error(`condizione non raggiunta entro ${timeoutMs} ms: ${JSON.stringify(value)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}
