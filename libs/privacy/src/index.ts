export * from './personal-data.types.js';
export * from './personal-data.registry.js';
export * from './privacy.error.js';
export * from './privacy.module.js';
export * from './use-cases/apply-retention.use-case.js';
export * from './use-cases/erase-person.use-case.js';
export * from './use-cases/export-person.use-case.js';
