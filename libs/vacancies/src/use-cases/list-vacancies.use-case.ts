import { Injectable } from '@nestjs/common';
import type { Actor, Page } from '#libs/platform';
import { VacanciesRepository } from '../vacancies.repository.js';
import type { VacancyFilter } from '../vacancy-filter.types.js';
import type { VacancyView } from '../vacancy.view.js';

/** Lists the organisation's vacancies. */
@Injectable()
export class ListVacanciesUseCase {
  constructor(private readonly repository: VacanciesRepository) {}

  execute(actor: Actor, filter: VacancyFilter): Promise<Page<VacancyView>> {
    return this.repository.list(actor.organisationId, filter);
  }
}
