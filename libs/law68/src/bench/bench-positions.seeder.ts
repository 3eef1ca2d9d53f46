import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { bandOf } from '../domain/quota.calculator.js';
import type { Law68Input } from '../domain/workforce.types.js';
import { evaluateCompany } from '../position/company-position.evaluator.js';
import { figuresOf } from '../position/position.types.js';

interface CompanyRow {
  id: string;
  organisation_id: string;
  headcount: number | null;
  legal_province_code: string | null;
  created_by: string;
}

const FIGURE_COLUMNS = [
  'band',
  'b3',
  'q3',
  'q18',
  'coverage',
  'exempted',
  'suspended',
  'uncovered_disabled',
  'uncovered_art18',
];

async function insertRows(
  db: DataSource,
  table: string,
  columns: string[],
  rows: unknown[][],
): Promise<void> {
  const batch = Math.floor(30000 / columns.length);
  for (let start = 0; start < rows.length; start += batch) {
    const chunk = rows.slice(start, start + batch);
    const values: unknown[] = [];
    const tuples = chunk.map((row) => {
      const placeholders = row.map((value) => {
        values.push(value);
        return `$${values.length}`;
      });
      return `(${placeholders.join(', ')})`;
    });
    await db.query(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}`,
      values,
    );
  }
}

/** A deterministic share in [0, 1) from a company id, so reruns give the same positions. */
function share(id: string): number {
  return parseInt(id.replace(/-/g, '').slice(0, 8), 16) / 2 ** 32;
}

/**
 * Declares a workforce at `referenceDate` for every company of the demo (its headcount, some of the
 * quota already covered by disabled employees: none for about half, half or all for the others) and
 * stores the declared and current positions as the module would.
 */
export async function seedPositions(
  db: DataSource,
  referenceDate: string,
  today: string,
): Promise<{ companies: number; belowQuota: number }> {
  const companies: CompanyRow[] = await db.query(`
    SELECT c.id, c.organisation_id, c.headcount, c.legal_province_code,
           (SELECT u.id FROM users u WHERE u.organisation_id = c.organisation_id ORDER BY u.id LIMIT 1) AS created_by
      FROM companies c ORDER BY c.id`);
  const declarations: unknown[][] = [];
  const positions: unknown[][] = [];
  let belowQuota = 0;
  for (const company of companies) {
    const total = company.headcount ?? 10;
    const province = company.legal_province_code ?? 'MI';
    const rough = { NOT_OBLIGED: 0, C: 1, B: 2, A: Math.floor((total * 7) / 100) }[bandOf(total)];
    const f = share(company.id);
    const disabled = f < 0.45 ? 0 : f < 0.75 ? Math.floor(rough / 2) : rough;
    const input: Law68Input = {
      referenceDate,
      registeredOfficeProvince: province,
      provinces: [
        {
          province,
          totalEmployees: total,
          disabledEmployees: disabled ? [{ count: disabled }] : [],
        },
      ],
    };
    const id = randomUUID();
    const declared = { id, referenceDate, version: 1, input, policies: {} };
    const { current, sanction } = evaluateCompany(
      { declarations: [declared], conventions: [], placements: [] },
      today,
    );
    const position = current!.position;
    const figures = figuresOf(position);
    if (figures.uncoveredDisabled + figures.uncoveredArt18 > 0) belowQuota += 1;
    const values = FIGURE_COLUMNS.map((column) => {
      const key = column.replace(/_(\w)/g, (_, c: string) =>
        c.toUpperCase(),
      ) as keyof typeof figures;
      return figures[key];
    });
    const now = new Date();
    declarations.push([
      id,
      company.organisation_id,
      company.id,
      referenceDate,
      1,
      input,
      {},
      position,
      ...values,
      now,
      company.created_by,
      company.created_by,
    ]);
    positions.push([
      company.id,
      company.organisation_id,
      id,
      today,
      position,
      ...values,
      0,
      0,
      sanction.since,
      sanction.sanctionablePositions,
      sanction.cents,
      now,
      1,
    ]);
  }
  await insertRows(
    db,
    'law68_declarations',
    [
      'id',
      'organisation_id',
      'company_id',
      'reference_date',
      'version',
      'input',
      'policies',
      'position',
      ...FIGURE_COLUMNS,
      'computed_at',
      'created_by',
      'updated_by',
    ],
    declarations,
  );
  await insertRows(
    db,
    'law68_positions',
    [
      'company_id',
      'organisation_id',
      'declaration_id',
      'as_of',
      'position',
      ...FIGURE_COLUMNS,
      'placements_counted',
      'programmed_hires',
      'sanction_since',
      'sanctionable_positions',
      'accrued_sanction_cents',
      'computed_at',
      'version',
    ],
    positions,
  );
  return { companies: companies.length, belowQuota };
}
