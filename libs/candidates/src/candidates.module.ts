import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '#libs/accounts';
import { CandidateCaseReader } from './candidate-case.reader.js';
import { CandidateSensitiveReader } from './candidate-sensitive.reader.js';
import { CandidateSensitiveSealer } from './candidate-sensitive.sealer.js';
import { CandidateTargetGroupsReader } from './candidate-target-groups.reader.js';
import { CandidateWriter } from './candidate.writer.js';
import { CandidatesRepository } from './candidates.repository.js';
import { CandidateEntity } from './entities/candidate.entity.js';
import { CandidateSensitiveEntity } from './entities/candidate-sensitive.entity.js';
import { ArchiveCandidateUseCase } from './use-cases/archive-candidate.use-case.js';
import { CreateCandidateUseCase } from './use-cases/create-candidate.use-case.js';
import { GetCandidateUseCase } from './use-cases/get-candidate.use-case.js';
import { ListCandidatesUseCase } from './use-cases/list-candidates.use-case.js';
import { UpdateCandidateUseCase } from './use-cases/update-candidate.use-case.js';

const useCases = [
  CreateCandidateUseCase,
  UpdateCandidateUseCase,
  GetCandidateUseCase,
  ListCandidatesUseCase,
  ArchiveCandidateUseCase,
];

@Module({
  imports: [TypeOrmModule.forFeature([CandidateEntity, CandidateSensitiveEntity]), AccountsModule],
  providers: [
    CandidatesRepository,
    CandidateSensitiveSealer,
    CandidateWriter,
    CandidateSensitiveReader,
    CandidateCaseReader,
    CandidateTargetGroupsReader,
    ...useCases,
  ],
  exports: [
    CandidatesRepository,
    CandidateSensitiveReader,
    CandidateCaseReader,
    CandidateTargetGroupsReader,
    ...useCases,
  ],
})
export class CandidatesModule {}
