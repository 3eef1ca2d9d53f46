import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MunicipalitiesService } from './municipalities.service.js';
import { MunicipalityEntity } from './municipality.entity.js';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([MunicipalityEntity])],
  providers: [MunicipalitiesService],
  exports: [MunicipalitiesService],
})
export class GeoModule {}
