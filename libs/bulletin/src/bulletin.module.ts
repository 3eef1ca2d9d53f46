import { Module } from '@nestjs/common';
import { CandidateCaseReader } from '#libs/candidates';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GeoModule } from '#libs/geo';
import { MailModule } from '#libs/platform';
import { BulletinAreasRepository } from './areas/bulletin-areas.repository.js';
import { BulletinAreaWriter } from './areas/area.writer.js';
import { ArchiveAreaUseCase } from './areas/use-cases/archive-area.use-case.js';
import { CreateAreaUseCase } from './areas/use-cases/create-area.use-case.js';
import { GetAreaUseCase } from './areas/use-cases/get-area.use-case.js';
import { ListAreasUseCase } from './areas/use-cases/list-areas.use-case.js';
import { ListPublicAreasUseCase } from './areas/use-cases/list-public-areas.use-case.js';
import { UpdateAreaUseCase } from './areas/use-cases/update-area.use-case.js';
import { BulletinSite } from './bulletin-site.js';
import { BulletinClock } from './composition/bulletin-clock.js';
import { BulletinContentSource } from './composition/bulletin-content.source.js';
import { ComposeAreaEditionUseCase } from './composition/compose-area-edition.use-case.js';
import { ComposeNowUseCase } from './composition/compose-now.use-case.js';
import { ComposeScheduledEditionUseCase } from './composition/compose-scheduled-edition.use-case.js';
import { ComposeWeekUseCase } from './composition/compose-week.use-case.js';
import { PostgresBulletinContentSource } from './composition/postgres-bulletin-content.source.js';
import { BulletinQueues } from './delivery/bulletin-jobs.writer.js';
import { DeliveriesRepository } from './delivery/deliveries.repository.js';
import { EditionMailCache } from './delivery/edition-mail.cache.js';
import { FanOutEditionUseCase } from './delivery/fan-out-edition.use-case.js';
import {
  PersonalMatchesSource,
  PostgresPersonalMatchesSource,
} from './delivery/personal-matches.source.js';
import { ListEditionDeliveriesUseCase } from './delivery/list-edition-deliveries.use-case.js';
import { ReconcileDeliveriesUseCase } from './delivery/reconcile-deliveries.use-case.js';
import { ResolveUncertainDeliveryUseCase } from './delivery/resolve-uncertain-delivery.use-case.js';
import { SendDeliveryUseCase } from './delivery/send-delivery.use-case.js';
import { BulletinEditionsRepository } from './editions/bulletin-editions.repository.js';
import { EditEditionUseCase } from './editions/use-cases/edit-edition.use-case.js';
import { GetEditionUseCase } from './editions/use-cases/get-edition.use-case.js';
import { ListEditionsUseCase } from './editions/use-cases/list-editions.use-case.js';
import { PreviewEditionEmailUseCase } from './editions/use-cases/preview-edition-email.use-case.js';
import { PreviewEditionPageUseCase } from './editions/use-cases/preview-edition-page.use-case.js';
import { RenderPublicEditionPageUseCase } from './editions/use-cases/render-public-edition-page.use-case.js';
import { SendEditionUseCase } from './editions/use-cases/send-edition.use-case.js';
import { BulletinAreaEntity } from './persistence/bulletin-area.entity.js';
import { BulletinContentEntity } from './persistence/bulletin-content.entity.js';
import { BulletinEditionEntity } from './persistence/bulletin-edition.entity.js';
import { BulletinSubscriberEntity } from './persistence/bulletin-subscriber.entity.js';
import { BulletinSubscribersRepository } from './subscriptions/bulletin-subscribers.repository.js';
import { SubscriptionRequests } from './subscriptions/subscription-request.js';
import { SubscriptionTokens } from './subscriptions/subscription-tokens.repository.js';
import { ConfirmSubscriptionUseCase } from './subscriptions/use-cases/confirm-subscription.use-case.js';
import { ReadConsentHistoryUseCase } from './subscriptions/use-cases/read-consent-history.use-case.js';
import { ListSubscribersUseCase } from './subscriptions/use-cases/list-subscribers.use-case.js';
import { ManagedSubscriptionReader } from './subscriptions/managed-subscription.reader.js';
import { UnsubscribeUseCase } from './subscriptions/use-cases/unsubscribe.use-case.js';
import { UpdateSubscriptionPreferencesUseCase } from './subscriptions/use-cases/update-subscription-preferences.use-case.js';
import { ViewSubscriptionUseCase } from './subscriptions/use-cases/view-subscription.use-case.js';
import { RequestSubscriptionUseCase } from './subscriptions/use-cases/request-subscription.use-case.js';
import { SendConfirmationUseCase } from './subscriptions/use-cases/send-confirmation.use-case.js';
import { SubscribeCandidateUseCase } from './subscriptions/use-cases/subscribe-candidate.use-case.js';
import { BulletinPersonalData } from './subscriptions/bulletin-personal-data.participant.js';

const useCases = [
  CreateAreaUseCase,
  UpdateAreaUseCase,
  ArchiveAreaUseCase,
  ListAreasUseCase,
  GetAreaUseCase,
  ListPublicAreasUseCase,
  ComposeAreaEditionUseCase,
  ComposeWeekUseCase,
  ComposeScheduledEditionUseCase,
  ComposeNowUseCase,
  EditEditionUseCase,
  ListEditionsUseCase,
  GetEditionUseCase,
  RenderPublicEditionPageUseCase,
  PreviewEditionPageUseCase,
  PreviewEditionEmailUseCase,
  SendEditionUseCase,
  FanOutEditionUseCase,
  SendDeliveryUseCase,
  ReconcileDeliveriesUseCase,
  RequestSubscriptionUseCase,
  SubscribeCandidateUseCase,
  ConfirmSubscriptionUseCase,
  ViewSubscriptionUseCase,
  UnsubscribeUseCase,
  UpdateSubscriptionPreferencesUseCase,
  SendConfirmationUseCase,
  ListSubscribersUseCase,
  ListEditionDeliveriesUseCase,
  ResolveUncertainDeliveryUseCase,
  ReadConsentHistoryUseCase,
];

/**
 * The bulletin: areas, composition, editorial review, subscriptions and delivery. The API uses it
 * to edit and enqueue, the worker to compose and send; contents live in BulletinContentsModule.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      BulletinAreaEntity,
      BulletinContentEntity,
      BulletinEditionEntity,
      BulletinSubscriberEntity,
    ]),
    MailModule,
    GeoModule,
  ],
  providers: [
    BulletinAreasRepository,
    BulletinAreaWriter,
    BulletinEditionsRepository,
    DeliveriesRepository,
    BulletinSite,
    BulletinClock,
    BulletinQueues,
    EditionMailCache,
    SubscriptionTokens,
    ManagedSubscriptionReader,
    BulletinSubscribersRepository,
    // Candidates' read access to a person's consent and address (stateless, on the DataSource).
    CandidateCaseReader,
    SubscriptionRequests,
    { provide: BulletinContentSource, useClass: PostgresBulletinContentSource },
    { provide: PersonalMatchesSource, useClass: PostgresPersonalMatchesSource },
    BulletinPersonalData,
    ...useCases,
  ],
  exports: [BulletinClock, BulletinQueues, ...useCases],
})
export class BulletinModule {}
