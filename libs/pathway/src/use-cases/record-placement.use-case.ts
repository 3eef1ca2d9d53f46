import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CandidateCaseReader } from '#libs/candidates';
import { CompaniesError, CompaniesRepository } from '#libs/companies';
import type { Actor, FieldProblem } from '#libs/platform';
import { VacancyFactsReader } from '#libs/vacancies';
import { DataSource } from 'typeorm';
import type { PlacementEntity } from '../entities/placement.entity.js';
import { loadCaseOnCase } from '../pathway-access.policy.js';
import { PathwayError } from '../pathway.error.js';
import { PathwayRepository } from '../pathway.repository.js';
import type { PlacementInput } from '../placement.rules.js';
import { writePlacement } from '../placement.writer.js';

export interface RecordPlacementInput extends PlacementInput {
  candidateId: string;
  companyId: string;
  vacancyId?: string | null;
}

/**
 * Records an outcome that did not go through a proposal (the person found the job, a company
 * called directly). Company and vacancy must be of the actor's organisation.
 */
@Injectable()
export class RecordPlacementUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly pathway: PathwayRepository,
    private readonly cases: CandidateCaseReader,
    private readonly companies: CompaniesRepository,
    private readonly vacancies: VacancyFactsReader,
  ) {}

  async execute(actor: Actor, input: RecordPlacementInput): Promise<PlacementEntity> {
    return this.dataSource.transaction(async (manager) => {
      const facts = await loadCaseOnCase(this.cases, actor, input.candidateId, manager);
      const company = await this.companies
        .get(actor.organisationId, input.companyId, manager)
        .catch((error: unknown) => {
          if (error instanceof CompaniesError) return null;
          throw error;
        });
      const problems: FieldProblem[] = company
        ? []
        : [{ field: 'companyId', message: 'azienda non trovata' }];
      let kmZero = false;
      if (input.vacancyId) {
        const vacancy = await this.vacancies.factsOf(
          actor.organisationId,
          input.vacancyId,
          manager,
        );
        if (!vacancy) problems.push({ field: 'vacancyId', message: 'offerta non trovata' });
        else if (vacancy.companyId !== input.companyId) {
          problems.push({ field: 'vacancyId', message: "l'offerta è di un'altra azienda" });
        } else kmZero = vacancy.kmZero;
      }
      if (problems.length > 0) throw PathwayError.invalid(problems);
      const { candidateId: _candidate, companyId, vacancyId, ...placement } = input;
      return writePlacement(
        this.pathway,
        manager,
        actor,
        facts,
        { companyId, vacancyId: vacancyId ?? null, proposalId: null, kmZero },
        placement,
      );
    });
  }
}
