// Pure domain: editions, weeks, composition and editorial operations (no Nest, no I/O).
export * from './domain/bulletin.error.js';
export * from './domain/edition.js';
export * from './domain/edition-composer.js';
export * from './domain/edition-editor.js';
export * from './domain/edition-items.js';
export * from './domain/edition-sections.js';
export * from './domain/edition-week.js';
export * from './domain/public-content.guard.js';

// Rendering: the e-mail (HTML + text + headers) and the public printable page.
export * from './rendering/bulletin-links.js';
export * from './rendering/edition-email.renderer.js';
export * from './rendering/edition-page.renderer.js';
export {
  BULLETIN_NAME,
  PERSONAL_MATCHES_MAX,
  PERSONAL_SECTION_TITLE,
} from './rendering/edition.view.js';
export * from './rendering/list-unsubscribe.headers.js';
export * from './rendering/sample-edition.js';

// Application: modules, use cases and what the API and the worker need from them.
export * from './areas/area.input.js';
export * from './areas/use-cases/archive-area.use-case.js';
export * from './areas/use-cases/create-area.use-case.js';
export * from './areas/use-cases/get-area.use-case.js';
export * from './areas/use-cases/list-areas.use-case.js';
export * from './areas/use-cases/list-public-areas.use-case.js';
export * from './areas/use-cases/update-area.use-case.js';
export * from './bulletin-contents.module.js';
export * from './bulletin.module.js';
export * from './bulletin-site.js';
export * from './composition/bulletin-clock.js';
export * from './composition/bulletin-content.source.js';
export * from './composition/compose-area-edition.use-case.js';
export * from './composition/compose-now.use-case.js';
export * from './composition/compose-scheduled-edition.use-case.js';
export * from './composition/compose-week.use-case.js';
export * from './contents/content.input.js';
export * from './contents/content-kinds.types.js';
export * from './contents/content-filter.types.js';
export * from './contents/use-cases/archive-content.use-case.js';
export * from './contents/use-cases/create-content.use-case.js';
export * from './contents/use-cases/get-content.use-case.js';
export * from './contents/use-cases/list-contents.use-case.js';
export * from './contents/use-cases/update-content.use-case.js';
export * from './delivery/bulletin.jobs.js';
export * from './delivery/bulletin-jobs.writer.js';
export * from './delivery/fan-out-edition.use-case.js';
export * from './delivery/personal-matches.source.js';
export * from './delivery/list-edition-deliveries.use-case.js';
export * from './delivery/reconcile-deliveries.use-case.js';
export * from './delivery/resolve-uncertain-delivery.use-case.js';
export * from './delivery/send-delivery.use-case.js';
export * from './editions/edition.view.js';
export * from './editions/use-cases/edit-edition.use-case.js';
export * from './editions/use-cases/get-edition.use-case.js';
export * from './editions/use-cases/list-editions.use-case.js';
export * from './editions/use-cases/preview-edition-email.use-case.js';
export * from './editions/use-cases/preview-edition-page.use-case.js';
export * from './editions/use-cases/render-public-edition-page.use-case.js';
export * from './editions/use-cases/send-edition.use-case.js';
export * from './persistence/bulletin-subscriber.entity.js';
export * from './subscriptions/consent-text.js';
export {
  INVALID_MANAGE_LINK,
  maskEmail,
  type SubscriptionView,
} from './subscriptions/managed-subscription.reader.js';
export * from './subscriptions/subscription-pages.js';
export * from './subscriptions/use-cases/confirm-subscription.use-case.js';
export * from './subscriptions/use-cases/list-subscribers.use-case.js';
export * from './subscriptions/use-cases/read-consent-history.use-case.js';
export * from './subscriptions/use-cases/request-subscription.use-case.js';
export * from './subscriptions/use-cases/send-confirmation.use-case.js';
export * from './subscriptions/use-cases/subscribe-candidate.use-case.js';
export * from './subscriptions/use-cases/unsubscribe.use-case.js';
export * from './subscriptions/use-cases/update-subscription-preferences.use-case.js';
export * from './subscriptions/use-cases/view-subscription.use-case.js';
export * from './bulletin-roles.policy.js';
