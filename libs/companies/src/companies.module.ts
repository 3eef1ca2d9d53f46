import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GeoModule } from '#libs/geo';
import { CompaniesRepository } from './companies.repository.js';
import { CompanySitesWriter } from './company-sites.writer.js';
import { CompanyEntity } from './entities/company.entity.js';
import { CompanySiteEntity } from './entities/company-site.entity.js';
import { ArchiveCompanyUseCase } from './use-cases/archive-company.use-case.js';
import { CreateCompanyUseCase } from './use-cases/create-company.use-case.js';
import { GetCompanyUseCase } from './use-cases/get-company.use-case.js';
import { ListCompaniesUseCase } from './use-cases/list-companies.use-case.js';
import { UpdateCompanyUseCase } from './use-cases/update-company.use-case.js';

const useCases = [
  CreateCompanyUseCase,
  UpdateCompanyUseCase,
  GetCompanyUseCase,
  ListCompaniesUseCase,
  ArchiveCompanyUseCase,
];

/** Companies and their sites. RecordChanges comes from the application (the outbox in the API). */
@Module({
  imports: [TypeOrmModule.forFeature([CompanyEntity, CompanySiteEntity]), GeoModule],
  providers: [CompaniesRepository, CompanySitesWriter, ...useCases],
  exports: [CompaniesRepository, ...useCases],
})
export class CompaniesModule {}
