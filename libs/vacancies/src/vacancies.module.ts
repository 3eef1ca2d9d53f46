import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CompaniesModule } from '#libs/companies';
import { GeoModule } from '#libs/geo';
import { TaxonomyModule } from '#libs/taxonomy';
import { CompanyVacanciesModule } from './company-vacancies.module.js';
import { VacancyEntity } from './entities/vacancy.entity.js';
import { ArchiveVacancyUseCase } from './use-cases/archive-vacancy.use-case.js';
import { CreateVacancyUseCase } from './use-cases/create-vacancy.use-case.js';
import { GetVacancyUseCase } from './use-cases/get-vacancy.use-case.js';
import { ListVacanciesUseCase } from './use-cases/list-vacancies.use-case.js';
import { UpdateVacancyUseCase } from './use-cases/update-vacancy.use-case.js';
import { VacanciesRepository } from './vacancies.repository.js';
import { VacancyWriter } from './vacancy.writer.js';

const useCases = [
  CreateVacancyUseCase,
  UpdateVacancyUseCase,
  GetVacancyUseCase,
  ListVacanciesUseCase,
  ArchiveVacancyUseCase,
];

/** Vacancies. RecordChanges comes from the application (the outbox in the API). */
@Module({
  imports: [
    TypeOrmModule.forFeature([VacancyEntity]),
    CompaniesModule,
    CompanyVacanciesModule,
    TaxonomyModule,
    GeoModule,
  ],
  providers: [VacanciesRepository, VacancyWriter, ...useCases],
  exports: [VacanciesRepository, ...useCases],
})
export class VacanciesModule {}
