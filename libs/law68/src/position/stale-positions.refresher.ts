import { Injectable } from '@nestjs/common';
import { CompaniesRepository } from '#libs/companies';
import type { OrganisationId } from '#libs/platform';
import { DEFAULT_LAW68_PARAMETERS } from '../domain/law68-parameters.js';
import { Law68Repository } from '../law68.repository.js';
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
 * Brings the stored positions of an organisation up to date before they are read in bulk (the
 * territory view, the priority list). A company is locked while its position is recomputed.
 */
@Injectable()
export class StalePositionsRefresher {
  constructor(
    private readonly law68: Law68Repository,
    private readonly companies: CompaniesRepository,
    private readonly positions: Law68PositionService,
  ) {}

  async refresh(organisationId: OrganisationId, today: string): Promise<number> {
    const stale = await this.law68.staleCompanies(organisationId, today, PARAMETER_DATES);
    for (const companyId of stale) {
      await this.companies.transaction(async (manager) => {
        await this.companies.getForUpdate(manager, organisationId, companyId);
        await this.positions.refresh(manager, organisationId, companyId, { today });
      });
    }
    return stale.length;
  }
}
