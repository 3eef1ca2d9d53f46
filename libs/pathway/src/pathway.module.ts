import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '#libs/accounts';
import { CandidatesModule } from '#libs/candidates';
import { CompaniesModule } from '#libs/companies';
import { MatchingModule } from '#libs/matching';
import { VacancyFactsReader } from '#libs/vacancies';
import { PlacementEntity } from './entities/placement.entity.js';
import { ProposalEventEntity } from './entities/proposal-event.entity.js';
import { ProposalEntity } from './entities/proposal.entity.js';
import { SoftOutcomeEntity } from './entities/soft-outcome.entity.js';
import { PathwayPersonalData } from './pathway-personal-data.participant.js';
import { PathwayRepository } from './pathway.repository.js';
import { PlacementsReader } from './placements.reader.js';
import { CreateProposalUseCase } from './use-cases/create-proposal.use-case.js';
import { EndPlacementUseCase } from './use-cases/end-placement.use-case.js';
import { ExpireProposalsUseCase } from './use-cases/expire-proposals.use-case.js';
import { ListCaseloadUseCase } from './use-cases/list-caseload.use-case.js';
import { ListPlacementsUseCase } from './use-cases/list-placements.use-case.js';
import { ListProposalsUseCase } from './use-cases/list-proposals.use-case.js';
import { ListNetworkProposalsUseCase } from './use-cases/list-network-proposals.use-case.js';
import { RecordPlacementUseCase } from './use-cases/record-placement.use-case.js';
import { ListSoftOutcomesUseCase } from './use-cases/list-soft-outcomes.use-case.js';
import { RecordSoftOutcomeUseCase } from './use-cases/record-soft-outcome.use-case.js';
import { TransitionProposalUseCase } from './use-cases/transition-proposal.use-case.js';

const useCases = [
  CreateProposalUseCase,
  TransitionProposalUseCase,
  ListProposalsUseCase,
  ListNetworkProposalsUseCase,
  ExpireProposalsUseCase,
  RecordPlacementUseCase,
  ListPlacementsUseCase,
  EndPlacementUseCase,
  RecordSoftOutcomeUseCase,
  ListSoftOutcomesUseCase,
  ListCaseloadUseCase,
];

/**
 * The pathway after a match, for the API (it registers with the GDPR registry of PrivacyModule).
 * The worker needs only ExpireProposalsUseCase, which it provides on its own with PathwayRepository.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      ProposalEntity,
      ProposalEventEntity,
      PlacementEntity,
      SoftOutcomeEntity,
    ]),
    AccountsModule,
    MatchingModule,
    CandidatesModule,
    CompaniesModule,
  ],
  providers: [
    ...useCases,
    PathwayRepository,
    PlacementsReader,
    VacancyFactsReader,
    PathwayPersonalData,
  ],
  exports: [...useCases, PlacementsReader],
})
export class PathwayModule {}
