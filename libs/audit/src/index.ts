export * from './audit-actions.types.js';
export * from './audit-entry.entity.js';
export * from './audit.module.js';
export * from './audit.service.js';
export * from './purge-audit-log.use-case.js';
export * from './query-audit-log.use-case.js';
