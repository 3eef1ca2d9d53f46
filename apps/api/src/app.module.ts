import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { AccountsModule } from '#libs/accounts';
import { AuditModule } from '#libs/audit';
import { CandidatesModule } from '#libs/candidates';
import { CompaniesModule } from '#libs/companies';
import { GeoModule } from '#libs/geo';
import { PrivacyModule } from '#libs/privacy';
import {
  AppConfig,
  AuthPlatformModule,
  DatabaseModule,
  LoggingModule,
  QueueModule,
  RecordChangesModule,
} from '#libs/platform';
import { SearchModule } from '#libs/search';
import { TaxonomyModule } from '#libs/taxonomy';
import { VacanciesModule } from '#libs/vacancies';
import { AuditController } from './audit/audit.controller.js';
import { AuthController } from './auth/auth.controller.js';
import { CandidatesController } from './candidates/candidates.controller.js';
import { CompaniesController } from './companies/companies.controller.js';
import { HealthController } from './health/health.controller.js';
import { PrivacyController } from './privacy/privacy.controller.js';
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
    RecordChangesModule,
    GeoModule,
    AccountsModule,
    CandidatesModule,
    PrivacyModule,
    CompaniesModule,
    VacanciesModule,
    TaxonomyModule,
  ],
  controllers: [
    HealthController,
    AuthController,
    UsersController,
    CandidatesController,
    PrivacyController,
    AuditController,
    CompaniesController,
    VacanciesController,
    TaxonomyController,
  ],
  providers: [{ provide: APP_GUARD, useClass: ThrottlerGuard }],
})
export class AppModule {}
