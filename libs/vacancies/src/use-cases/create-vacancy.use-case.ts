import { Injectable } from '@nestjs/common';
import { todayInRome } from '#libs/kernel';
import type { Actor } from '#libs/platform';
import { VacancyEntity } from '../entities/vacancy.entity.js';
import { VacanciesRepository } from '../vacancies.repository.js';
import type { VacancyInput } from '../vacancy.input.js';
import type { VacancyView } from '../vacancy.view.js';
import { VacancyWriter } from '../vacancy.writer.js';

/**
 * Records a vacancy at a site of one of the organisation's companies, as a draft or published at
 * once (the default), published today unless another date is given.
 */
@Injectable()
export class CreateVacancyUseCase {
  constructor(
    private readonly repository: VacanciesRepository,
    private readonly writer: VacancyWriter,
  ) {}

  async execute(actor: Actor, input: VacancyInput): Promise<VacancyView> {
    const saved = await this.repository.transaction((manager) =>
      this.writer.apply(
        manager,
        manager.create(VacancyEntity, {
          organisationId: actor.organisationId,
          description: '',
          occupationCode: null,
          occupationText: null,
          requiredSkills: [],
          shifts: [],
          flexibleHours: false,
          weeklyHours: null,
          positions: 1,
          reservedL68: null,
          adultsOnly: false,
          requiredLicences: [],
          tasks: [],
          status: 'OPEN',
          publishedAt: todayInRome(),
          expiresAt: null,
          startDate: null,
          version: 1,
        }),
        input,
      ),
    );
    return this.repository.view(actor.organisationId, saved);
  }
}
