import { Module } from '@nestjs/common';
import { CandidatesModule } from '#libs/candidates';
import { CompaniesModule } from '#libs/companies';
import { GeoModule } from '#libs/geo';
import { VacanciesModule } from '#libs/vacancies';
import { CompanyImporter } from './importers/company.importer.js';
import { PersonImporter } from './importers/person.importer.js';
import { VacancyImporter } from './importers/vacancy.importer.js';
import { ImportsPersonalData } from './imports-personal-data.participant.js';
import { ImportsRepository } from './imports.repository.js';
import { GetImportUseCase } from './use-cases/get-import.use-case.js';
import { RunImportUseCase } from './use-cases/run-import.use-case.js';
import { StartImportUseCase } from './use-cases/start-import.use-case.js';
import { UploadImportUseCase } from './use-cases/upload-import.use-case.js';

const useCases = [UploadImportUseCase, StartImportUseCase, GetImportUseCase, RunImportUseCase];

/**
 * Spreadsheet imports: the upload and its report here, the records written only through the owners'
 * use cases (vacancies, companies, candidates). RecordChanges comes from the application.
 */
@Module({
  imports: [GeoModule, CompaniesModule, VacanciesModule, CandidatesModule],
  providers: [
    ImportsRepository,
    ImportsPersonalData,
    VacancyImporter,
    CompanyImporter,
    PersonImporter,
    ...useCases,
  ],
  exports: useCases,
})
export class ImportsModule {}
