import type { Page } from '#libs/platform';
import type { Law68Band } from '../domain/quota.calculator.js';
import type { ProspettoDeadline } from '../position/prospetto-deadline.rules.js';
import type { AreaKind } from './territory-area.js';

export interface TerritoryCompany {
  companyId: string;
  name: string;
  vatNumber: string;
  atecoCode: string | null;
  /** Municipality and province of the legal seat (or of the first site). */
  municipalityName: string | null;
  provinceCode: string | null;
  band: Law68Band;
  b3: number;
  q3: number;
  q18: number;
  coverage: number;
  uncoveredDisabled: number;
  uncoveredArt18: number;
  /** Reference date of the declared workforce the position starts from. */
  referenceDate: string;
  sanctionSince: string | null;
  accruedSanctionCents: number;
  /** Whether the workforce at the next prospetto's 31 December is already recorded. */
  prospettoDeclared: boolean;
  /** Scouting pipeline stage (TO_CONTACT when the company was never approached). */
  stage: string;
}

export interface TrendPoint {
  referenceDate: string;
  companies: number;
  companiesBelowQuota: number;
  quotaDisabled: number;
  coverage: number;
  uncoveredDisabled: number;
  uncoveredArt18: number;
}

export interface TerritoryView {
  area: { kind: AreaKind; code: string | null; name: string };
  asOf: string;
  totals: {
    companies: number;
    obligedCompanies: number;
    companiesBelowQuota: number;
    quotaDisabled: number;
    quotaArt18: number;
    coverage: number;
    uncoveredDisabled: number;
    uncoveredArt18: number;
    accruedSanctionCents: number;
    accruedSanction: string;
  };
  prospetto: ProspettoDeadline & {
    obligedCompanies: number;
    declaredCompanies: number;
    toDeclare: number;
  };
  trend: TrendPoint[];
  /** Companies below quota, most uncovered positions first. */
  companies: Page<TerritoryCompany>;
}
