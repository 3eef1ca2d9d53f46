import { Injectable } from '@nestjs/common';
import type { Actor } from '#libs/platform';
import { VacanciesRepository } from '../vacancies.repository.js';
import type { VacancyView } from '../vacancy.view.js';

@Injectable()
export class GetVacancyUseCase {
  constructor(private readonly repository: VacanciesRepository) {}

  async execute(actor: Actor, id: string): Promise<VacancyView> {
    const vacancy = await this.repository.get(actor.organisationId, id);
    return this.repository.view(actor.organisationId, vacancy);
  }
}
