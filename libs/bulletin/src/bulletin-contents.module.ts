import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GeoModule } from '#libs/geo';
import { BulletinContentsRepository } from './contents/bulletin-contents.repository.js';
import { ReadContentsUseCase } from './contents/use-cases/read-contents.use-case.js';
import { SaveContentUseCase } from './contents/use-cases/save-content.use-case.js';
import { BulletinContentEntity } from './persistence/bulletin-content.entity.js';

/**
 * Courses, policies, Italian courses and services, edited by staff. Apart from BulletinModule
 * because writing them tells RecordChanges (the search outbox), which the application provides.
 */
@Module({
  imports: [TypeOrmModule.forFeature([BulletinContentEntity]), GeoModule],
  providers: [BulletinContentsRepository, SaveContentUseCase, ReadContentsUseCase],
  exports: [SaveContentUseCase, ReadContentsUseCase],
})
export class BulletinContentsModule {}
