import { Injectable } from '@nestjs/common';
import { RecordChanges } from '#libs/platform';
import { VacanciesRepository } from '../vacancies.repository.js';
import { VacancyNetworksRepository } from '../vacancy-networks.repository.js';

/**
 * After a network's membership changes, the vacancies published to it are seen by other
 * organisations: each is recorded as changed, so its search document and matches follow.
 */
@Injectable()
export class RefreshNetworkVacanciesUseCase {
  constructor(
    private readonly vacancies: VacanciesRepository,
    private readonly networks: VacancyNetworksRepository,
    private readonly changes: RecordChanges,
  ) {}

  async execute(networkId: string): Promise<number> {
    return this.vacancies.transaction(async (manager) => {
      const shared = await this.networks.sharedIn(manager, networkId);
      for (const vacancy of shared) {
        await this.changes.recorded(manager, {
          type: 'vacancy',
          id: vacancy.id,
          organisationId: vacancy.organisationId,
          kind: 'upsert',
        });
      }
      return shared.length;
    });
  }
}
