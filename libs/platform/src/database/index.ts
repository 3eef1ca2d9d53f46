export * from './create-database.js';
export * from './database.module.js';
export * from './typeorm-options.js';
export * from './migrations/index.js';
export * from './after-commit.js';
export * from './prepared-query.js';
export * from './organisation-records.js';
