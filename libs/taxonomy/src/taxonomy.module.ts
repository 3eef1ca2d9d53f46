import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TaxonomyConceptEntity } from './entities/taxonomy-concept.entity.js';
import { TaxonomyTermEntity } from './entities/taxonomy-term.entity.js';
import { TaxonomyService } from './taxonomy.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([TaxonomyConceptEntity, TaxonomyTermEntity])],
  providers: [TaxonomyService],
  exports: [TaxonomyService],
})
export class TaxonomyModule {}
