import { Injectable } from '@nestjs/common';
import { todayInRome } from '#libs/kernel';
import type { Actor, Page } from '#libs/platform';
import type { Law68Band } from '../domain/quota.calculator.js';
import { formatEuro } from '../domain/working.js';
import { nextProspettoDeadline } from '../position/prospetto-deadline.rules.js';
import { carryAccruedSanction } from '../position/sanction-accrual.calculator.js';
import { StalePositionsRefresher } from '../position/stale-positions.refresher.js';
import { countWorkingDays } from '../position/working-days.calculator.js';
import { TerritoryAreaResolver, type AreaFilter } from './territory-area.js';
import type { TerritoryRow } from './territory.sql.js';
import { TerritoryRepository } from './territory.repository.js';
import type { TerritoryCompany, TerritoryView } from './territory.types.js';

export interface TerritoryQuery extends AreaFilter {
  page: number;
  pageSize: number;
}

const memoised = () => {
  const cache = new Map<string, number>();
  return (from: string, to: string) => {
    const key = `${from}/${to}`;
    if (!cache.has(key)) cache.set(key, countWorkingDays(from, to));
    return cache.get(key)!;
  };
};

/**
 * The consultant's territory: for an area (province, municipality, job-centre district or the
 * whole organisation) the companies below quota and their uncovered positions, the totals, the
 * coverage trend by prospetto year, the upcoming prospetto deadline and the accrued sanctions.
 */
@Injectable()
export class TerritoryViewUseCase {
  constructor(
    private readonly territory: TerritoryRepository,
    private readonly areas: TerritoryAreaResolver,
    private readonly refresher: StalePositionsRefresher,
  ) {}

  /** Every company of the area below quota, most uncovered positions first (for the CSV too). */
  async belowQuota(
    actor: Actor,
    filter: AreaFilter,
  ): Promise<{ view: TerritoryView; rows: TerritoryCompany[] }> {
    const organisationId = actor.organisationId;
    const today = todayInRome();
    const area = await this.areas.resolve(organisationId, filter);
    await this.refresher.refresh(organisationId, today);
    const deadline = nextProspettoDeadline(today);
    const rows = await this.territory.companies(organisationId, deadline.referenceDate, area);
    const workingDays = memoised();
    const companies = rows.map((row) => toCompany(row, today, workingDays));
    const below = companies
      .filter((c) => c.uncoveredDisabled + c.uncoveredArt18 > 0)
      .sort(
        (a, b) =>
          b.uncoveredDisabled + b.uncoveredArt18 - (a.uncoveredDisabled + a.uncoveredArt18) ||
          b.accruedSanctionCents - a.accruedSanctionCents ||
          a.name.localeCompare(b.name, 'it'),
      );
    const trend = await this.territory.trend(organisationId, area);
    const sum = (pick: (c: TerritoryCompany) => number, list = companies) =>
      list.reduce((total, c) => total + pick(c), 0);
    const obliged = companies.filter((c) => c.band !== 'NOT_OBLIGED');
    const accrued = sum((c) => c.accruedSanctionCents);
    const view: TerritoryView = {
      area: { kind: area.kind, code: area.code, name: area.name },
      asOf: today,
      totals: {
        companies: companies.length,
        obligedCompanies: obliged.length,
        companiesBelowQuota: below.length,
        quotaDisabled: sum((c) => c.q3),
        quotaArt18: sum((c) => c.q18),
        coverage: sum((c) => c.coverage),
        uncoveredDisabled: sum((c) => c.uncoveredDisabled),
        uncoveredArt18: sum((c) => c.uncoveredArt18),
        accruedSanctionCents: accrued,
        accruedSanction: formatEuro(accrued),
      },
      prospetto: {
        ...deadline,
        obligedCompanies: obliged.length,
        declaredCompanies: obliged.filter((c) => c.prospettoDeclared).length,
        toDeclare: obliged.filter((c) => !c.prospettoDeclared).length,
      },
      trend,
      companies: { items: [], page: 1, pageSize: 0, total: below.length },
    };
    return { view, rows: below };
  }

  async execute(actor: Actor, query: TerritoryQuery): Promise<TerritoryView> {
    const { page, pageSize, ...filter } = query;
    const { view, rows } = await this.belowQuota(actor, filter);
    const items = rows.slice((page - 1) * pageSize, page * pageSize);
    const companies: Page<TerritoryCompany> = { items, page, pageSize, total: rows.length };
    return { ...view, companies };
  }
}

function toCompany(
  row: TerritoryRow,
  today: string,
  workingDays: (from: string, to: string) => number,
): TerritoryCompany {
  return {
    companyId: row.company_id,
    name: row.name,
    vatNumber: row.vat_number,
    atecoCode: row.ateco_code,
    municipalityName: row.municipality_name,
    provinceCode: row.province_code,
    band: row.band as Law68Band,
    b3: row.b3,
    q3: row.q3,
    q18: row.q18,
    coverage: row.coverage,
    uncoveredDisabled: row.uncovered_disabled,
    uncoveredArt18: row.uncovered_art18,
    referenceDate: row.reference_date,
    sanctionSince: row.sanction_since,
    accruedSanctionCents: carryAccruedSanction(
      {
        asOf: row.as_of,
        since: row.sanction_since,
        sanctionablePositions: row.sanctionable_positions,
        accruedCents: Number(row.accrued_sanction_cents),
      },
      today,
      workingDays,
    ),
    prospettoDeclared: row.prospetto_declared,
    stage: row.stage ?? 'TO_CONTACT',
  };
}
