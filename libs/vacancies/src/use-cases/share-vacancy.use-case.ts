import { Injectable } from '@nestjs/common';
import { AuditService } from '#libs/audit';
import { type Actor, RecordChanges } from '#libs/platform';
import { VacanciesError } from '../vacancies.error.js';
import { VacanciesRepository } from '../vacancies.repository.js';
import { VacancyFactsReader } from '../vacancy-facts.reader.js';
import {
  type VacancySharingView,
  VacancyNetworksRepository,
} from '../vacancy-networks.repository.js';

/**
 * Publishes a vacancy to one of its organisation's networks, or withdraws it from one. Only the
 * publishing organisation does it: another member that sees the vacancy is refused (403), anyone
 * else does not find it (404), nor a network the organisation is not in. The change is audited and
 * recorded, so search and matching follow it (the other members' lists lose a withdrawn vacancy
 * with the matching jobs).
 */
@Injectable()
export class ShareVacancyUseCase {
  constructor(
    private readonly vacancies: VacanciesRepository,
    private readonly facts: VacancyFactsReader,
    private readonly networks: VacancyNetworksRepository,
    private readonly changes: RecordChanges,
    private readonly audit: AuditService,
  ) {}

  sharing(actor: Actor, vacancyId: string): Promise<VacancySharingView> {
    return this.vacancies.transaction(async (manager) => {
      await this.ownVacancy(actor, vacancyId);
      return this.networks.sharingOf(vacancyId, manager);
    });
  }

  async execute(
    actor: Actor,
    vacancyId: string,
    networkId: string,
    change: 'publish' | 'withdraw',
  ): Promise<VacancySharingView> {
    const organisationId = actor.organisationId;
    return this.vacancies.transaction(async (manager) => {
      await this.ownVacancy(actor, vacancyId);
      const vacancy = await this.vacancies.getForUpdate(manager, organisationId, vacancyId);
      if (!(await this.networks.isMember(manager, organisationId, networkId)))
        throw VacanciesError.networkNotFound();
      if (change === 'publish' && vacancy.archivedAt) throw VacanciesError.archived();
      const changed =
        change === 'publish'
          ? await this.networks.publish(manager, vacancyId, networkId)
          : await this.networks.withdraw(manager, vacancyId, networkId);
      if (changed) {
        await this.audit.record(
          {
            action:
              change === 'publish'
                ? 'VACANCY_PUBLISHED_TO_NETWORK'
                : 'VACANCY_WITHDRAWN_FROM_NETWORK',
            actor,
            subjectType: 'vacancy',
            subjectId: vacancyId,
            details: { networkId },
          },
          manager,
        );
        await this.changes.recorded(manager, {
          type: 'vacancy',
          id: vacancyId,
          organisationId,
          kind: 'upsert',
        });
      }
      return this.networks.sharingOf(vacancyId, manager);
    });
  }

  /** 404 when the organisation does not see the vacancy, 403 when it sees it but did not publish it. */
  private async ownVacancy(actor: Actor, vacancyId: string): Promise<void> {
    if (await this.facts.exists(actor.organisationId, vacancyId)) return;
    if (await this.facts.visibleTo(actor.organisationId, vacancyId))
      throw VacanciesError.notPublisher();
    throw VacanciesError.notFound();
  }
}
