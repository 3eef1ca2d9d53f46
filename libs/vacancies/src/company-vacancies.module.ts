import { Global, Module } from '@nestjs/common';
import { CompanyVacancies } from '#libs/companies';
import { CompanyVacanciesRepository } from './company-vacancies.repository.js';

/**
 * Gives the companies lib the answers about its vacancies (CompanyVacancies). Global because
 * CompaniesModule cannot import vacancies (vacancies depend on companies); VacanciesModule imports it.
 */
@Global()
@Module({
  providers: [
    CompanyVacanciesRepository,
    { provide: CompanyVacancies, useExisting: CompanyVacanciesRepository },
  ],
  exports: [CompanyVacancies],
})
export class CompanyVacanciesModule {}
