import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '#libs/accounts';
import { CompaniesModule } from '#libs/companies';
import { GeoModule } from '#libs/geo';
import { ScoutingActivityEntity } from './entities/scouting-activity.entity.js';
import { ScoutingCompanyEntity } from './entities/scouting-company.entity.js';
import { ScoutingStageChangeEntity } from './entities/scouting-stage-change.entity.js';
import { PipelineWriter } from './pipeline.writer.js';
import { ScoutingRepository } from './scouting.repository.js';
import { GetCompanyScoutingUseCase } from './use-cases/get-company-scouting.use-case.js';
import { KmZeroMapUseCase } from './use-cases/km-zero-map.use-case.js';
import { ListActivitiesUseCase } from './use-cases/list-activities.use-case.js';
import { MoveStageUseCase } from './use-cases/move-stage.use-case.js';
import { CompleteNextActionUseCase } from './use-cases/complete-next-action.use-case.js';
import { ListNextActionsUseCase } from './use-cases/list-next-actions.use-case.js';
import { PipelineBoardUseCase } from './use-cases/pipeline-board.use-case.js';
import { RecordActivityUseCase } from './use-cases/record-activity.use-case.js';

const useCases = [
  GetCompanyScoutingUseCase,
  MoveStageUseCase,
  RecordActivityUseCase,
  ListActivitiesUseCase,
  ListNextActionsUseCase,
  CompleteNextActionUseCase,
  PipelineBoardUseCase,
  KmZeroMapUseCase,
];

/** Company scouting (marketing territoriale): pipeline, activities, next actions, km-zero map. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      ScoutingCompanyEntity,
      ScoutingStageChangeEntity,
      ScoutingActivityEntity,
    ]),
    CompaniesModule,
    GeoModule,
    AccountsModule,
  ],
  providers: [ScoutingRepository, PipelineWriter, ...useCases],
  exports: useCases,
})
export class ScoutingModule {}
