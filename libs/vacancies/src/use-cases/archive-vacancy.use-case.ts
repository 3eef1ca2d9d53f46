import { Injectable } from '@nestjs/common';
import { type Actor, RecordChanges } from '#libs/platform';
import { VacanciesRepository } from '../vacancies.repository.js';
import type { VacancyView } from '../vacancy.view.js';

/**
 * Archives a vacancy from any status: it leaves lists, search, matching and the bulletin, and stays
 * for the history of proposals and placements. Archiving twice changes nothing.
 */
@Injectable()
export class ArchiveVacancyUseCase {
  constructor(
    private readonly repository: VacanciesRepository,
    private readonly changes: RecordChanges,
  ) {}

  async execute(actor: Actor, id: string): Promise<VacancyView> {
    const organisationId = actor.organisationId;
    const saved = await this.repository.transaction(async (manager) => {
      const vacancy = await this.repository.getForUpdate(manager, organisationId, id);
      if (vacancy.archivedAt) return vacancy;
      vacancy.status = 'ARCHIVED';
      vacancy.archivedAt = new Date();
      vacancy.version += 1;
      const archived = await manager.save(vacancy);
      await this.changes.recorded(manager, { type: 'vacancy', id, organisationId, kind: 'delete' });
      return archived;
    });
    return this.repository.view(organisationId, saved);
  }
}
