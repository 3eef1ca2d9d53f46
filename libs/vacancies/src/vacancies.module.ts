import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '#libs/audit';
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
import { VacancyFactsReader } from './vacancy-facts.reader.js';
import { VacancyNetworksRepository } from './vacancy-networks.repository.js';
import { RefreshNetworkVacanciesUseCase } from './use-cases/refresh-network-vacancies.use-case.js';
import { ShareVacancyUseCase } from './use-cases/share-vacancy.use-case.js';

const useCases = [
  CreateVacancyUseCase,
  UpdateVacancyUseCase,
  GetVacancyUseCase,
  ListVacanciesUseCase,
  ArchiveVacancyUseCase,
  ShareVacancyUseCase,
  RefreshNetworkVacanciesUseCase,
];

/** Vacancies. RecordChanges comes from the application (the outbox in the API). */
@Module({
  imports: [
    TypeOrmModule.forFeature([VacancyEntity]),
    AuditModule,
    CompaniesModule,
    CompanyVacanciesModule,
    TaxonomyModule,
    GeoModule,
  ],
  providers: [
    VacanciesRepository,
    VacancyWriter,
    VacancyFactsReader,
    VacancyNetworksRepository,
    ...useCases,
  ],
  exports: [VacanciesRepository, ...useCases],
})
export class VacanciesModule {}
