import { Injectable } from '@nestjs/common';
import { FairShareChanges } from '#libs/matching';
import { PathwayRepository } from '../pathway.repository.js';
import { ACTIVE_PROPOSAL_STATES } from '../proposal-states.rules.js';

/**
 * Proposals with no news past their expiry become EXPIRED, logged as done by the system (no actor),
 * so the vacancy's fair share and the tutor's list stop counting them.
 */
@Injectable()
export class ExpireProposalsUseCase {
  constructor(
    private readonly pathway: PathwayRepository,
    private readonly fairShare: FairShareChanges,
  ) {}

  async execute(now: Date = new Date()): Promise<{ expired: number }> {
    const expired = await this.pathway.expireDue(now, ACTIVE_PROPOSAL_STATES, (manager, rows) => {
      for (const organisationId of new Set(rows.map((row) => row.organisation_id))) {
        const vacancies = rows.filter((row) => row.organisation_id === organisationId);
        this.fairShare.onProposalsChanged(
          manager,
          organisationId,
          vacancies.map((row) => row.vacancy_id),
        );
      }
    });
    return { expired };
  }
}
