export * from './cefr.js';
export * from './contract-types.js';
export * from './geo.js';
export * from './target-groups.js';
export * from './weekly-schedule.js';
export * from './domain-error.js';
export * from './task-codes.js';
export * from './term-normalizer.js';
