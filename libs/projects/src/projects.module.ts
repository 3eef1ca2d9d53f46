import { Module } from '@nestjs/common';
import { CandidatesModule } from '#libs/candidates';
import { CompaniesModule } from '#libs/companies';
import { ProjectRepository } from './project/project.repository.js';
import { ProjectsPersonalData } from './project/projects-personal-data.participant.js';
import { AttachCompanyUseCase } from './project/use-cases/attach-company.use-case.js';
import { AttachPersonUseCase } from './project/use-cases/attach-person.use-case.js';
import { CreateProjectUseCase } from './project/use-cases/create-project.use-case.js';
import { GetProjectUseCase } from './project/use-cases/get-project.use-case.js';
import { ListProjectsUseCase } from './project/use-cases/list-projects.use-case.js';
import { RecordCourseUseCase } from './project/use-cases/record-course.use-case.js';
import { RecordNetworkActivityUseCase } from './project/use-cases/record-network-activity.use-case.js';
import { FunderReportReader } from './report/funder-report.reader.js';
import { ReportScopeResolver } from './report/report-scope.resolver.js';
import { FigureRecordsUseCase } from './report/use-cases/figure-records.use-case.js';
import { FunderReportUseCase } from './report/use-cases/funder-report.use-case.js';

const useCases = [
  CreateProjectUseCase,
  GetProjectUseCase,
  ListProjectsUseCase,
  AttachPersonUseCase,
  AttachCompanyUseCase,
  RecordCourseUseCase,
  RecordNetworkActivityUseCase,
  FunderReportUseCase,
  FigureRecordsUseCase,
];

/** Projects (grants) and what is attached to them, and the funder reports (registers with PrivacyModule's registry). */
@Module({
  imports: [CandidatesModule, CompaniesModule],
  providers: [
    ProjectRepository,
    FunderReportReader,
    ReportScopeResolver,
    ProjectsPersonalData,
    ...useCases,
  ],
  exports: useCases,
})
export class ProjectsModule {}
