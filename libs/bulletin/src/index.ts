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
