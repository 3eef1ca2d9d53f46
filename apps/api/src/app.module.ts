import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { AccountsModule, LoginModule } from '#libs/accounts';
import { AuditModule } from '#libs/audit';
import { BulletinContentsModule, BulletinModule } from '#libs/bulletin';
import { CandidatesModule } from '#libs/candidates';
import { CompaniesModule } from '#libs/companies';
import { GeoModule } from '#libs/geo';
import { RecordChangesHubModule } from '#libs/record-changes';
import { Law68Module } from '#libs/law68';
import { MatchingModule } from '#libs/matching';
import { PathwayModule } from '#libs/pathway';
import { PrivacyModule } from '#libs/privacy';
import { ProjectsModule } from '#libs/projects';
import { ScoutingModule } from '#libs/scouting';
import {
  AppConfig,
  AuthPlatformModule,
  DatabaseModule,
  LoggingModule,
  QueueModule,
} from '#libs/platform';
import { SearchModule } from '#libs/search';
import { TaxonomyModule } from '#libs/taxonomy';
import { VacanciesModule } from '#libs/vacancies';
import { QueueBoard } from './admin/queue-board.js';
import { QueueBoardController } from './admin/queue-board.controller.js';
import { AuditController } from './audit/audit.controller.js';
import { AuthController } from './auth/auth.controller.js';
import { BulletinAreasController } from './bulletin/bulletin-areas.controller.js';
import { BulletinContentsController } from './bulletin/bulletin-contents.controller.js';
import { BulletinEditionsController } from './bulletin/bulletin-editions.controller.js';
import { BulletinPageController } from './bulletin/bulletin-page.controller.js';
import { BulletinSubscribersController } from './bulletin/bulletin-subscribers.controller.js';
import { BulletinSubscriptionsController } from './bulletin/bulletin-subscriptions.controller.js';
import { CandidatesController } from './candidates/candidates.controller.js';
import { CompaniesController } from './companies/companies.controller.js';
import { HealthController } from './health/health.controller.js';
import { CompanyLaw68Controller } from './law68/company-law68.controller.js';
import { Law68Controller } from './law68/law68.controller.js';
import { MatchingController } from './matching/matching.controller.js';
import { NetworksController } from './networks/networks.controller.js';
import { ListExporter } from './common/list-export.js';
import { ImportsController } from './imports/imports.controller.js';
import { ImportsModule } from '#libs/imports';
import { OpenApiController, OpenApiDocument } from './openapi/openapi.controller.js';
import { CaseloadController } from './pathway/caseload.controller.js';
import { OutcomesController } from './pathway/outcomes.controller.js';
import { ProposalsController } from './pathway/proposals.controller.js';
import { PrivacyController } from './privacy/privacy.controller.js';
import { ProjectsController } from './projects/projects.controller.js';
import { ReportsController } from './projects/reports.controller.js';
import { ScoutingController } from './scouting/scouting.controller.js';
import { SearchController } from './search/search.controller.js';
import { MunicipalitiesController } from './geo/municipalities.controller.js';
import { TaxonomyController } from './taxonomy/taxonomy.controller.js';
import { UsersController } from './users/users.controller.js';
import { VacanciesController } from './vacancies/vacancies.controller.js';

/** The HTTP application. It enqueues jobs but never processes them (that is apps/worker). */
@Module({
  imports: [
    LoggingModule,
    DatabaseModule,
    QueueModule.forRoot('producer'),
    AuthPlatformModule,
    AuditModule,
    SearchModule,
    ThrottlerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        throttlers: [{ name: 'default', ttl: 60_000, limit: 600 }],
        skipIf: () => !config.RATE_LIMITS_ENABLED,
      }),
    }),
    RecordChangesHubModule,
    GeoModule,
    AccountsModule,
    LoginModule,
    CandidatesModule,
    PrivacyModule,
    CompaniesModule,
    VacanciesModule,
    TaxonomyModule,
    MatchingModule,
    PathwayModule,
    Law68Module,
    ScoutingModule,
    ProjectsModule,
    BulletinModule,
    BulletinContentsModule,
    ImportsModule,
  ],
  controllers: [
    HealthController,
    AuthController,
    UsersController,
    NetworksController,
    CandidatesController,
    PrivacyController,
    AuditController,
    CompaniesController,
    VacanciesController,
    TaxonomyController,
    MunicipalitiesController,
    CaseloadController,
    MatchingController,
    ProposalsController,
    OutcomesController,
    Law68Controller,
    CompanyLaw68Controller,
    ScoutingController,
    ProjectsController,
    ReportsController,
    SearchController,
    BulletinAreasController,
    BulletinContentsController,
    BulletinEditionsController,
    BulletinSubscribersController,
    BulletinSubscriptionsController,
    BulletinPageController,
    OpenApiController,
    QueueBoardController,
    ImportsController,
  ],
  providers: [
    { provide: APP_GUARD, useClass: ThrottlerGuard },
    OpenApiDocument,
    QueueBoard,
    ListExporter,
  ],
})
export class AppModule {}
