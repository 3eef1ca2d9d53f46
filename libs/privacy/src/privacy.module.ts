import { Global, Module } from '@nestjs/common';
import { CandidatesModule } from '#libs/candidates';
import { CandidatePersonalData } from './candidate-personal-data.participant.js';
import { PersonalDataRegistry } from './personal-data.registry.js';
import { ApplyRetentionUseCase } from './use-cases/apply-retention.use-case.js';
import { ErasePersonUseCase } from './use-cases/erase-person.use-case.js';
import { ExportPersonUseCase } from './use-cases/export-person.use-case.js';

/** GDPR rights across modules: export, erasure and the retention rule. Global so others can register. */
@Global()
@Module({
  imports: [CandidatesModule],
  providers: [
    PersonalDataRegistry,
    CandidatePersonalData,
    ExportPersonUseCase,
    ErasePersonUseCase,
    ApplyRetentionUseCase,
  ],
  exports: [PersonalDataRegistry, ExportPersonUseCase, ErasePersonUseCase, ApplyRetentionUseCase],
})
export class PrivacyModule {}
