export * from './record-changes.js';
export * from './record-changes.module.js';
