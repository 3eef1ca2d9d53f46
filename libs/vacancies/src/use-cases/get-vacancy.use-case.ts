import { Injectable } from '@nestjs/common';
import { type Actor, asOrganisationId } from '#libs/platform';
import { VacanciesError } from '../vacancies.error.js';
import { VacanciesRepository } from '../vacancies.repository.js';
import { VacancyFactsReader } from '../vacancy-facts.reader.js';
import type { VacancyView } from '../vacancy.view.js';

/**
 * A vacancy of the organisation, or one shared with it in a network (named as its publisher names
 * it); any other is not found.
 */
@Injectable()
export class GetVacancyUseCase {
  constructor(
    private readonly repository: VacanciesRepository,
    private readonly facts: VacancyFactsReader,
  ) {}

  async execute(actor: Actor, id: string): Promise<VacancyView> {
    if (!(await this.facts.visibleTo(actor.organisationId, id))) throw VacanciesError.notFound();
    const vacancy = await this.repository.getAnyOrganisation(id);
    return this.repository.view(asOrganisationId(vacancy.organisationId), vacancy);
  }
}
