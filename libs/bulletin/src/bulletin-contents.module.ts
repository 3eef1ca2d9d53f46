import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GeoModule } from '#libs/geo';
import { BulletinContentsRepository } from './contents/bulletin-contents.repository.js';
import { BulletinContentWriter } from './contents/content.writer.js';
import { ArchiveContentUseCase } from './contents/use-cases/archive-content.use-case.js';
import { CreateContentUseCase } from './contents/use-cases/create-content.use-case.js';
import { GetContentUseCase } from './contents/use-cases/get-content.use-case.js';
import { ListContentsUseCase } from './contents/use-cases/list-contents.use-case.js';
import { UpdateContentUseCase } from './contents/use-cases/update-content.use-case.js';
import { BulletinContentEntity } from './persistence/bulletin-content.entity.js';

const useCases = [
  CreateContentUseCase,
  UpdateContentUseCase,
  ArchiveContentUseCase,
  ListContentsUseCase,
  GetContentUseCase,
];

/**
 * Courses, policies, Italian courses and services, edited by staff. Apart from BulletinModule
 * because writing them tells RecordChanges (the search outbox), which the application provides.
 */
@Module({
  imports: [TypeOrmModule.forFeature([BulletinContentEntity]), GeoModule],
  providers: [BulletinContentsRepository, BulletinContentWriter, ...useCases],
  exports: [...useCases],
})
export class BulletinContentsModule {}
