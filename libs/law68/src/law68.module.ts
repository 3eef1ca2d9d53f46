import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PlacementsReader } from '#libs/pathway';
import { CompaniesModule } from '#libs/companies';
import { GeoModule } from '#libs/geo';
import { DistrictsRepository } from './districts/districts.repository.js';
import { DeleteDistrictUseCase } from './districts/delete-district.use-case.js';
import { ListDistrictsUseCase } from './districts/list-districts.use-case.js';
import { SaveDistrictUseCase } from './districts/save-district.use-case.js';
import { DistrictEntity } from './entities/district.entity.js';
import { Law68ConventionEntity } from './entities/law68-convention.entity.js';
import { Law68DeclarationEntity } from './entities/law68-declaration.entity.js';
import { Law68PositionHistoryEntity } from './entities/law68-position-history.entity.js';
import { Law68PositionEntity } from './entities/law68-position.entity.js';
import { Law68Repository } from './law68.repository.js';
import { CompanyLaw68Reader } from './position/company-law68.reader.js';
import { Law68PositionService } from './position/law68-position.service.js';
import { StalePositionsRefresher } from './position/stale-positions.refresher.js';
import { PriorityListUseCase } from './territory/priority-list.use-case.js';
import { TerritoryAreaResolver } from './territory/territory-area.js';
import { TerritoryRepository } from './territory/territory.repository.js';
import { TerritoryViewUseCase } from './territory/territory-view.use-case.js';
import { ComputeQuotaUseCase } from './use-cases/compute-quota.use-case.js';
import { GetCompanyLaw68UseCase } from './use-cases/get-company-law68.use-case.js';
import { ListConventionsUseCase } from './use-cases/list-conventions.use-case.js';
import { ListDeclarationsUseCase } from './use-cases/list-declarations.use-case.js';
import { RecordConventionUseCase } from './use-cases/record-convention.use-case.js';
import { RecordDeclarationUseCase } from './use-cases/record-declaration.use-case.js';
import { UpdateConventionUseCase } from './use-cases/update-convention.use-case.js';

const useCases = [
  ComputeQuotaUseCase,
  RecordDeclarationUseCase,
  ListDeclarationsUseCase,
  GetCompanyLaw68UseCase,
  RecordConventionUseCase,
  UpdateConventionUseCase,
  ListConventionsUseCase,
  SaveDistrictUseCase,
  ListDistrictsUseCase,
  DeleteDistrictUseCase,
  TerritoryViewUseCase,
  PriorityListUseCase,
];

/** The Law 68 module around the pure calculator: stored positions, conventions, territory. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      Law68DeclarationEntity,
      Law68PositionEntity,
      Law68PositionHistoryEntity,
      Law68ConventionEntity,
      DistrictEntity,
    ]),
    CompaniesModule,
    GeoModule,
  ],
  providers: [
    Law68Repository,
    TerritoryRepository,
    CompanyLaw68Reader,
    // Pathway's read access to placements (stateless, on the application's DataSource).
    PlacementsReader,
    Law68PositionService,
    StalePositionsRefresher,
    TerritoryAreaResolver,
    DistrictsRepository,
    ...useCases,
  ],
  exports: useCases,
})
export class Law68Module {}
