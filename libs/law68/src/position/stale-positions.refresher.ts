import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OrganisationId } from '#libs/platform';
import { DataSource } from 'typeorm';
import { DEFAULT_LAW68_PARAMETERS } from '../domain/law68-parameters.js';
import { Law68PositionService } from './law68-position.service.js';

/** Every date on which an amount, a cap or a rule of the parameter table changes. */
const PARAMETER_DATES = [
  ...new Set(
    Object.values(DEFAULT_LAW68_PARAMETERS).flatMap((series: ReadonlyArray<{ from: string }>) =>
      series.map((entry) => entry.from),
    ),
  ),
];

/**
 * Positions that may no longer be right today ($1 organisation, $2 today, $3 parameter dates):
 * - the hires counted differ from those in course today (a placement recorded, ended or removed;
 *   placements carry no update time, so their number is compared), or one was recorded after the
 *   computation (its hours may differ);
 * - since the day of the computation a convention or a declaration started or ended, or the law
 *   changed (a new amount, cap or rule).
 * One query with index probes per company; normally it finds none or a few.
 */
const STALE_POSITIONS = `
  SELECT p.company_id
    FROM law68_positions p
    JOIN law68_declarations d ON d.id = p.declaration_id
   WHERE p.organisation_id = $1
     AND (p.placements_counted <> (
            SELECT count(*) FROM placements pl
             WHERE pl.company_id = p.company_id AND pl.counts_toward_l68
               AND pl.l68_category IS NOT NULL
               AND pl.start_date > d.reference_date AND pl.start_date <= $2
               AND (pl.end_date IS NULL OR pl.end_date >= $2))
       OR EXISTS (SELECT 1 FROM placements pl
                   WHERE pl.company_id = p.company_id AND pl.counts_toward_l68
                     AND pl.created_at > p.computed_at)
       OR (p.as_of < $2
           AND (EXISTS (SELECT 1 FROM law68_conventions v
                         WHERE v.company_id = p.company_id
                           AND ((v.start_date > p.as_of AND v.start_date <= $2)
                                OR (v.end_date >= p.as_of AND v.end_date < $2)))
                OR EXISTS (SELECT 1 FROM law68_declarations x
                            WHERE x.company_id = p.company_id
                              AND x.reference_date > p.as_of AND x.reference_date <= $2)
                OR EXISTS (SELECT 1 FROM unnest($3::date[]) AS b(day)
                            WHERE b.day > p.as_of AND b.day <= $2))))`;

/**
 * Brings the stored positions of an organisation up to date before they are read in bulk (the
 * territory view, the priority list). A company is locked while its position is recomputed.
 */
@Injectable()
export class StalePositionsRefresher {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly positions: Law68PositionService,
  ) {}

  async refresh(organisationId: OrganisationId, today: string): Promise<number> {
    const stale: Array<{ company_id: string }> = await this.dataSource.query(STALE_POSITIONS, [
      organisationId,
      today,
      PARAMETER_DATES,
    ]);
    for (const { company_id: companyId } of stale) {
      await this.dataSource.transaction(async (manager) => {
        await manager.query(`SELECT 1 FROM companies WHERE id = $1 FOR UPDATE`, [companyId]);
        await this.positions.refresh(manager, organisationId, companyId, { today });
      });
    }
    return stale.length;
  }
}
