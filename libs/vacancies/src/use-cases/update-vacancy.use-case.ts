import { Injectable } from '@nestjs/common';
import type { Actor } from '#libs/platform';
import { VacanciesError } from '../vacancies.error.js';
import { VacanciesRepository } from '../vacancies.repository.js';
import type { VacancyPatch } from '../vacancy.input.js';
import { canChangeStatus } from '../vacancy-status.rules.js';
import type { VacancyView } from '../vacancy.view.js';
import { VacancyWriter } from '../vacancy.writer.js';

/** Changes a vacancy (PATCH: fields left out stay as they are), its status included. */
@Injectable()
export class UpdateVacancyUseCase {
  constructor(
    private readonly repository: VacanciesRepository,
    private readonly writer: VacancyWriter,
  ) {}

  async execute(actor: Actor, id: string, patch: VacancyPatch): Promise<VacancyView> {
    const saved = await this.repository.transaction(async (manager) => {
      const vacancy = await this.repository.getForUpdate(manager, actor.organisationId, id);
      if (vacancy.archivedAt) throw VacanciesError.archived();
      if (patch.version !== undefined && patch.version !== vacancy.version) {
        throw VacanciesError.staleVersion();
      }
      if (patch.status && !canChangeStatus(vacancy.status, patch.status)) {
        throw VacanciesError.statusChange(vacancy.status, patch.status);
      }
      const { version: _version, ...changes } = patch;
      vacancy.version += 1;
      return this.writer.apply(manager, vacancy, changes);
    });
    return this.repository.view(actor.organisationId, saved);
  }
}
